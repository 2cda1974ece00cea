import { StorefrontUrls } from "../storefront-urls"

/** Which storefront asked for the reset: sent by the storefront as the reset request's metadata. */
export const RESET_STOREFRONTS = ["b2c", "b2b"] as const
export type ResetStorefront = (typeof RESET_STOREFRONTS)[number]

/** How long Medusa's reset token is valid (its emailpass provider's default). */
export const RESET_TOKEN_MINUTES = 15

export type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> | null }

/**
 * The reset message for Medusa's `auth.password_reset` event. A customer is one identity in both
 * storefronts, so the link opens the storefront the request came from (only one of our two
 * known addresses: the metadata picks, it never supplies a URL); the merchant's users get the
 * admin's own reset page. Null for actors that have no reset page.
 */
export function passwordResetNotification(event: PasswordResetEvent, urls: StorefrontUrls) {
  const email = event.entity_id
  const query = `token=${encodeURIComponent(event.token)}&email=${encodeURIComponent(email)}`
  let resetUrl: string
  if (event.actor_type === "customer") {
    const storefront = event.metadata?.storefront === "b2b" ? "b2b" : "b2c"
    resetUrl = `${urls[storefront]}/reset-password?${query}`
  } else if (event.actor_type === "user") {
    resetUrl = `${urls.admin}/reset-password?${query}`
  } else {
    return null
  }
  const subject = "Reset your password"
  return {
    to: email,
    channel: "email",
    template: "password-reset",
    data: {
      subject,
      action_url: resetUrl,
      action_label: "Choose a new password",
      text:
        `Someone (we hope you) asked to reset the password of the account ${email}. ` +
        `Choose a new password within ${RESET_TOKEN_MINUTES} minutes with the link below. ` +
        "If you did not ask for this, ignore this message: your password stays as it is.",
    },
  }
}
