import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCartUnitMayOrder } from "../business/utils/cart-links"
import { assertVariantsInChannel } from "../sales-channel/assert-variants-in-channel"

type ItemRef = { variant_id?: string | null } | null | undefined
const variantIdsOf = (items: ItemRef[] | null | undefined) => (items ?? []).map((i) => i?.variant_id)

// A cart only ever holds products of its own sales channel: checked when lines arrive, when
// the cart moves to another channel, and once more at completion as the last word.

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(cart.items))
})

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(input.items))
})

updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const target = input.sales_channel_id
  if (!target || target === cart.sales_channel_id) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["items.variant_id"],
    filters: { id: cart.id },
  })
  await assertVariantsInChannel(container, target, variantIdsOf(data[0]?.items))
})

// Medusa allows one handler per hook, so completion's validate hook runs every check there is.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(cart.items))
  await assertCartUnitMayOrder(container, cart.id)
})
