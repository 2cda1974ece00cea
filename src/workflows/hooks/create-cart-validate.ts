import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertQuantityRules, LineQuantity, quantitiesAfterAdding } from "../pricing/assert-quantity-rules"
import { assertVariantsInChannel } from "../sales-channel/assert-variants-in-channel"
import { variantIdsOf } from "../business-cart/line-refs"

/** A cart created with items: the same channel and quantity rules as adding them later. */
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(cart.items))
  await assertQuantityRules(container, cart.sales_channel_id, quantitiesAfterAdding([], (cart.items ?? []) as LineQuantity[]))
})
