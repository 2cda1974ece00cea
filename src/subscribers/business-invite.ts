import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { InviteEvent, inviteNotification } from "../lib/business/invite-message"
import { hashInviteToken } from "../lib/business/invite-token"
import { BUSINESS_MODULE } from "../modules/business"
import BusinessModuleService from "../modules/business/service"
import { ASSOCIATE_INVITED } from "../workflows/business/workflows/invite-associate"

/** Sends the invite, with its accept link, through the Notification Module. */
export default async function sendBusinessInvite({ event, container }: SubscriberArgs<InviteEvent & { business_unit_id: string }>) {
  const business: BusinessModuleService = container.resolve(BUSINESS_MODULE)
  const unit = await business.retrieveBusinessUnit(event.data.business_unit_id)
  const message = inviteNotification(event.data, unit.name)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    ...message,
    trigger_type: ASSOCIATE_INVITED,
    resource_id: event.data.id,
    resource_type: "business_invite",
    // One message per token: a redelivered event sends nothing twice, a resent invite (new token) is sent again.
    idempotency_key: `${ASSOCIATE_INVITED}:${event.data.id}:${hashInviteToken(event.data.token).slice(0, 16)}`,
  })
}

export const config: SubscriberConfig = { event: ASSOCIATE_INVITED }
