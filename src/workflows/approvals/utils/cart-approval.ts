import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { approvalNeed, approvalService } from "./approval-need"

/**
 * The last word before a business cart becomes an order: if a rule or the budget asks for
 * approval, an approved flow for exactly this total must exist. A cart whose total changed
 * after approval is refused (and must be submitted again).
 */
export async function assertCartApproved(container: MedusaContainer, cartId: string) {
  const need = await approvalNeed(container, cartId)
  if (!need?.reasons.length) return
  const flows = await approvalService(container).listApprovalFlows({ cart_id: cartId, status: ["pending", "approved"] })
  const approved = flows.find((f) => f.status === "approved")
  if (approved && Number(approved.cart_total) === need.total) return
  if (approved) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The cart changed after approval (approved total ${Number(approved.cart_total)}, now ${need.total}): the approval is void, submit the cart again`
    )
  }
  if (flows.some((f) => f.status === "pending")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is waiting for approval")
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Approval needed before ordering: ${need.reasons.join("; ")}. Submit the cart for approval (POST /store/business/approvals)`
  )
}

/** While a cart waits for approval its lines stay as the approvers saw them. */
export async function assertCartNotPendingApproval(container: MedusaContainer, cartId: string) {
  const pending = await approvalService(container).listApprovalFlows({ cart_id: cartId, status: "pending" }, { take: 1 })
  if (pending.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is waiting for approval and cannot be changed")
  }
}
