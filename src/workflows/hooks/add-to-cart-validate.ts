import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { approvalModule } from "../../modules/approval"
import { currentLines, variantIdsOf } from "../business-cart/line-refs"
import { assertQuantityRules, LineQuantity, quantitiesAfterAdding } from "../pricing/assert-quantity-rules"
import { assertVariantsInChannel } from "../sales-channel/assert-variants-in-channel"

/** Lines arriving (one or a bulk of them): not while approval is pending, only the channel's products, within quantity rules. */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await approvalModule(container).assertCartNotPendingApproval(cart.id)
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(input.items))
  const current = await currentLines(container, cart.id)
  await assertQuantityRules(container, cart.sales_channel_id, quantitiesAfterAdding(current, (input.items ?? []) as LineQuantity[]))
})
