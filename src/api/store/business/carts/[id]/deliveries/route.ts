import { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { DeliveryPlanResponse, DeliveryRefusalCode } from "../../../../../../lib/delivery/contract"
import { cartAddressOf } from "../../../../../../lib/business/cart-address"
import { allocateDeliveryLines } from "../../../../../../lib/delivery/plan"
import { businessModule } from "../../../../../../modules/business"
import { deliveryModule } from "../../../../../../modules/delivery"
import { checkDeliveryDates, planFactsOf, shippingOptionOf } from "../../../../../../workflows/business-cart/delivery-facts"
import { BusinessRequest } from "../../../../../utils/business-context"
import { presentPlannedDelivery } from "../../../../../utils/delivery-views"
import { planningCart } from "../../../../../utils/planning-cart"
import { StoreDeliveryPlanType } from "../../validators"

const refuse = (code: DeliveryRefusalCode, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)


async function planResponse(scope: MedusaContainer, cart: Awaited<ReturnType<typeof planningCart>>): Promise<DeliveryPlanResponse> {
  const service = deliveryModule(scope)
  const plan = await service.planOfCart(cart.id)
  if (!plan) return { delivery_plan: null }
  const [facts, profiles] = await Promise.all([planFactsOf(scope, cart), service.profilesByAddress(plan.deliveries.map((d) => d.address_id))])
  const items = new Map(cart.items.map((i: any) => [i.id, i]))
  return {
    delivery_plan: {
      id: plan.id,
      cart_id: cart.id,
      status: plan.status,
      deliveries: plan.deliveries.map((d) => presentPlannedDelivery(d, items, profiles.get(d.address_id) ?? null)),
      split: plan.deliveries.length > 1,
      total: facts?.total ?? Number(cart.total),
      shipping_per_delivery: Number(cart.shipping_total ?? 0),
      currency_code: cart.currency_code,
    },
  }
}

/** The cart's delivery plan, or null. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json(await planResponse(req.scope, await planningCart(req.scope, req.params.id)))
}

/**
 * Plans the cart's deliveries: one (the whole cart to one address on one date) or several (each
 * with its lines; the quantities add up to the cart's). Every address is one of the unit's,
 * every date one the calendar and the address's receiving windows allow now (else 400
 * date_not_allowed naming the next allowed date). The cart ships to the first delivery's address.
 */
export async function POST(req: BusinessRequest<StoreDeliveryPlanType>, res: MedusaResponse) {
  const { deliveries: requested } = req.validatedBody
  const cart = await planningCart(req.scope, req.params.id)
  const unitId = cart.business_unit.id

  const addressIds = [...new Set(requested.map((d) => d.address_id))]
  const addresses = await businessModule(req.scope).listBusinessUnitAddresses({ id: addressIds, business_unit_id: unitId })
  const byId = new Map(addresses.map((a) => [a.id, a]))
  const unknown = addressIds.filter((id) => !byId.has(id))
  if (unknown.length) throw refuse("unknown_address", `Not an address of this business unit: ${unknown.join(", ")}`)

  const allocation = allocateDeliveryLines(
    cart.items.map((i: any) => ({ id: i.id, variant_id: i.variant_id ?? null, quantity: Number(i.quantity), unit_price: Number(i.unit_price) })),
    requested
  )
  if (!allocation.ok) throw refuse("quantities_mismatch", allocation.message)
  const shippingOption = shippingOptionOf(cart)
  if (requested.length > 1 && !shippingOption) {
    throw refuse("no_shipping_method", "Choose the shipping method first: each delivery of a split checkout ships with it")
  }

  const verdicts = await checkDeliveryDates(req.scope, shippingOption, requested)
  const refused = verdicts.findIndex((v) => !v.allowed)
  if (refused >= 0) {
    const verdict = verdicts[refused] as Extract<(typeof verdicts)[number], { allowed: false }>
    throw refuse("date_not_allowed", `Delivery ${refused + 1}: ${verdict.message}`)
  }

  await deliveryModule(req.scope).replacePlan(
    { id: cart.id, business_unit_id: unitId, customer_id: cart.customer_id },
    requested.map((d, i) => {
      const verdict = verdicts[i] as Extract<(typeof verdicts)[number], { allowed: true }>
      return {
        address_id: d.address_id,
        address: { address_id: d.address_id, label: byId.get(d.address_id)!.label, ...cartAddressOf(byId.get(d.address_id)!) },
        requested_date: d.requested_date,
        window_from: verdict.window?.from ?? null,
        window_to: verdict.window?.to ?? null,
        lines: allocation.deliveries[i],
      }
    })
  )
  const first = byId.get(requested[0].address_id)!
  await updateCartWorkflow(req.scope).run({
    input: { id: cart.id, shipping_address: cartAddressOf(first) },
  })
  res.json(await planResponse(req.scope, await planningCart(req.scope, cart.id)))
}

/** Drops the cart's plan: it goes back to one order to its shipping address, as soon as possible. */
export async function DELETE(req: BusinessRequest, res: MedusaResponse) {
  const cart = await planningCart(req.scope, req.params.id)
  const service = deliveryModule(req.scope)
  const plan = await service.planOfCart(cart.id)
  if (plan) await service.deleteDeliveryPlans(plan.id)
  res.json({ id: plan?.id ?? null, object: "delivery_plan", deleted: !!plan })
}
