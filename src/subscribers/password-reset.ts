import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { PasswordResetEvent, passwordResetNotification } from "../lib/auth/password-reset"
import { storefrontUrls } from "../lib/storefront-urls"

/** Medusa's reset flow (POST /auth/{customer,user}/emailpass/reset-password) emails its link from here. */
export default async function sendPasswordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const message = passwordResetNotification(event.data, storefrontUrls())
  if (!message) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    ...message,
    trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
    resource_type: "auth_identity",
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
