import { storefrontUrls } from "../storefront-urls"
import { INVITE_TTL_DAYS } from "./invite-token"

/** The `associate.invited` event: `has_account` only words the message, it never grants anything. */
export type InviteEvent = { id: string; email: string; token: string; has_account: boolean }

/**
 * The notification for an invite: always the accept link with its token, since nobody joins a
 * unit before accepting. Someone who already has an account with the email logs in and accepts;
 * anyone else first creates an account with that email.
 */
export function inviteNotification(event: InviteEvent, unitName: string, baseUrl = storefrontUrls().b2b) {
  const acceptUrl = `${baseUrl.replace(/\/+$/, "")}/invite?token=${encodeURIComponent(event.token)}`
  const steps = event.has_account
    ? `Log in with your account (${event.email}) and accept the invite`
    : `Create your account with this email address (${event.email}), log in and accept the invite`
  return {
    to: event.email,
    channel: "email",
    template: "business-invite",
    data: {
      subject: `You are invited to order for ${unitName}`,
      business_unit_name: unitName,
      accept_url: acceptUrl,
      has_account: event.has_account,
      action_url: acceptUrl,
      action_label: "Accept the invite",
      text:
        `You have been invited to order for ${unitName}. ${steps}: ${acceptUrl} ` +
        `(the link works once and expires after ${INVITE_TTL_DAYS} days). You become a member of ${unitName} only when you accept.`,
    },
  }
}
