import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { effectiveRoles, Membership, rolesOf } from "../lib/business/access"
import { Tier } from "../lib/approvals/tiers"
import { storefrontUrls } from "../lib/storefront-urls"
import { approvalModule } from "../modules/approval"
import { businessModule } from "../modules/business"

/** Emails of the associates whose roles in the unit can serve the tier, the requester excepted. */
async function approverEmails(container: MedusaContainer, unitId: string, tier: Tier, requesterId: string) {
  const service = businessModule(container)
  const [unit] = await service.listBusinessUnits({ id: unitId })
  const tree = await service.listCompanyTrees([unit.company_id ?? unit.id])
  const units = new Map(tree.map((u) => [u.id, u]))
  const associates = await service.listBusinessAssociates({ business_unit_id: tree.map((u) => u.id) }, { take: null })
  const byCustomer = new Map<string, { email: string; memberships: Membership[] }>()
  for (const a of associates) {
    const entry = byCustomer.get(a.customer_id) ?? { email: a.email, memberships: [] }
    entry.memberships.push({ associate_id: a.id, unit_id: (a as any).business_unit_id, roles: rolesOf(a.roles) })
    byCustomer.set(a.customer_id, entry)
  }
  const wanted = new Set(tier.map((r) => r.role))
  return [...byCustomer]
    .filter(([customerId, { memberships }]) => customerId !== requesterId && effectiveRoles(unitId, units, memberships).some((r) => wanted.has(r)))
    .map(([, { email }]) => email)
}

/** New or advanced flows go to the current tier's approvers; outcomes go to the requester. */
export default async function notifyApprovalParties({ event, container }: SubscriberArgs<{ id: string }>) {
  const [flow] = await approvalModule(container).listApprovalFlows({ id: event.data.id })
  if (!flow) return
  const [requester] = await businessModule(container).listBusinessAssociates({ id: flow.requester_associate_id }, { withDeleted: true })
  const outcome = event.name === "approval.approved" || event.name === "approval.rejected"
  const recipients = outcome
    ? [requester?.email].filter(Boolean) as string[]
    : await approverEmails(container, flow.business_unit_id, (flow.tiers as unknown as Tier[])[flow.current_tier] ?? [], flow.requester_customer_id)
  const subject = outcome ? `Your cart was ${flow.status}` : `A cart waits for your approval (tier ${flow.current_tier + 1})`
  if (!recipients.length) return
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    recipients.map((to) => ({
      to,
      channel: "email",
      template: event.name.replace(".", "-"),
      trigger_type: event.name,
      resource_id: flow.id,
      resource_type: "approval_flow",
      data: {
        subject,
        approval_id: flow.id,
        reasons: flow.reasons,
        text: `${subject}: ${(flow.reasons as unknown as string[]).join("; ")}`,
        // Approvers decide on the portal's Approvals page; the requester goes back to the cart.
        action_url: outcome ? `${storefrontUrls().b2b}/cart` : `${storefrontUrls().b2b}/approvals`,
        action_label: outcome ? "Open the cart" : "Review the cart",
      },
    }))
  )
}

export const config: SubscriberConfig = { event: ["approval.requested", "approval.tier_passed", "approval.approved", "approval.rejected"] }
