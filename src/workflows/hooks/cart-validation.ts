import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { assertCartApproved, assertCartNotPendingApproval } from "../approvals/utils/cart-approval"
import { assertCartUnitMayOrder } from "../business/utils/cart-links"
import { assertQuantityRules, LineQuantity, quantitiesAfterAdding } from "../pricing/assert-quantity-rules"
import { assertVariantsInChannel } from "../sales-channel/assert-variants-in-channel"
import { releaseCreditHold, reserveNetTermsCredit } from "../net-terms/utils/credit-reservation"
import { StepResponse } from "@medusajs/framework/workflows-sdk"

type ItemRef = { variant_id?: string | null } | null | undefined
const variantIdsOf = (items: ItemRef[] | null | undefined) => (items ?? []).map((i) => i?.variant_id)

// A cart only ever holds products of its own sales channel: checked when lines arrive, when
// the cart moves to another channel, and once more at completion as the last word.

// Medusa allows one handler per hook, so these handlers also run the channel's quantity rules.

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(cart.items))
  await assertQuantityRules(container, cart.sales_channel_id, quantitiesAfterAdding([], (cart.items ?? []) as LineQuantity[]))
})

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertCartNotPendingApproval(container, cart.id)
  await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(input.items))
  const current = await currentLines(container, cart.id)
  await assertQuantityRules(container, cart.sales_channel_id, quantitiesAfterAdding(current, (input.items ?? []) as LineQuantity[]))
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertCartNotPendingApproval(container, cart.id)
  const quantity = (input as any).update?.quantity
  if (quantity === undefined) return
  const line = (await currentLines(container, cart.id)).find((l) => l.id === (input as any).item_id)
  if (line) await assertQuantityRules(container, cart.sales_channel_id, [{ variant_id: line.variant_id, quantity: Number(quantity) }])
})

async function currentLines(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["items.id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  return ((data[0]?.items ?? []) as any[]).map((i) => ({ id: i.id as string, variant_id: i.variant_id as string | null, quantity: Number(i.quantity) }))
}

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

// Medusa allows one handler per hook, so completion's validate hook runs every check there is,
// and last takes the net-terms credit (given back by the compensation if completion fails).
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    await assertVariantsInChannel(container, cart.sales_channel_id, variantIdsOf(cart.items))
    await assertQuantityRules(container, cart.sales_channel_id, quantitiesAfterAdding([], (cart.items ?? []) as LineQuantity[]))
    await assertCartUnitMayOrder(container, cart.id)
    await assertCartApproved(container, cart.id)
    return new StepResponse(undefined, await reserveNetTermsCredit(container, cart as any))
  },
  async (holdId, { container }) => releaseCreditHold(container, holdId)
)
