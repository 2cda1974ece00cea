/** The B2B storefront's address, where invite links point. */
export const b2bStorefrontUrl = (env: Record<string, string | undefined> = process.env) =>
  env.B2B_STOREFRONT_URL ?? "http://localhost:8001"

export type InviteEvent = { id: string; email: string; token: string | null; added: boolean }

/**
 * The notification for an invite: a pending invite carries the accept link with its token; a
 * customer who already had an account was added at once and gets a link to the portal.
 */
export function inviteNotification(event: InviteEvent, unitName: string, baseUrl = b2bStorefrontUrl()) {
  const storefrontUrl = baseUrl.replace(/\/+$/, "")
  if (event.token) {
    const acceptUrl = `${storefrontUrl}/invite?token=${encodeURIComponent(event.token)}`
    return {
      to: event.email,
      channel: "email",
      template: "business-invite",
      data: {
        subject: `You are invited to order for ${unitName}`,
        business_unit_name: unitName,
        accept_url: acceptUrl,
        text: `You have been invited to order for ${unitName}. Create your account and accept the invite: ${acceptUrl}`,
      },
    }
  }
  return {
    to: event.email,
    channel: "email",
    template: "business-associate-added",
    data: {
      subject: `You can now order for ${unitName}`,
      business_unit_name: unitName,
      portal_url: storefrontUrl,
      text: `You have been added to ${unitName}. Log in to the business portal: ${storefrontUrl}`,
    },
  }
}
