import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { approvalModule } from "../../modules/approval"
import { currentLines } from "../business-cart/line-refs"
import { assertQuantityRules } from "../pricing/assert-quantity-rules"

/** A changed quantity: not while approval is pending, and within the quantity rules. */
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await approvalModule(container).assertCartNotPendingApproval(cart.id)
  const quantity = (input as any).update?.quantity
  if (quantity === undefined) return
  const line = (await currentLines(container, cart.id)).find((l) => l.id === (input as any).item_id)
  if (line) await assertQuantityRules(container, cart.sales_channel_id, [{ variant_id: line.variant_id, quantity: Number(quantity) }])
})
