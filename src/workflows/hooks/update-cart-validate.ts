import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { currentLines } from "../business-cart/line-refs"
import { assertVariantsInChannel } from "../sales-channel/assert-variants-in-channel"

/** A cart moved to another sales channel may only hold that channel's products. */
updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const target = input.sales_channel_id
  if (!target || target === cart.sales_channel_id) return
  await assertVariantsInChannel(container, target, (await currentLines(container, cart.id)).map((l) => l.variant_id))
})
