import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkSplitCheckoutStep } from "./steps/check-split-checkout"
import { closeSplitCheckoutStep } from "./steps/close-split-checkout"
import { completeDeliveryCartsStep } from "./steps/complete-delivery-carts"
import { createDeliveryCartsStep } from "./steps/create-delivery-carts"
import { holdSplitCreditStep } from "./steps/hold-split-credit"

export const DELIVERY_PLAN_PLACED = "delivery_plan.placed"

/**
 * A checkout split into deliveries becomes one Medusa order per delivery (its own address,
 * date, shipping, stock reservations, invoice and fulfilments), placed together: the policy is
 * checked once on the whole basket (one approval, one PO, prices, dates), the net-terms credit
 * is checked once for the whole total and held for every delivery at once, then each delivery's
 * cart goes through Medusa's completion. Under the cart's lock, so a double submit places it
 * once; any failure compensates every step (carts removed, orders canceled, credit released).
 */
export const placeSplitCheckoutWorkflow = createWorkflow("place-split-checkout", (input: { cart_id: string; actor_customer_id: string }) => {
  // The cart's own lock key, as Medusa's completion takes it: no other completion of this cart runs meanwhile.
  const key = transform({ input }, ({ input }) => input.cart_id)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const checkout = checkSplitCheckoutStep(input)
  const carts = createDeliveryCartsStep(checkout)
  holdSplitCreditStep(transform({ checkout, carts }, ({ checkout, carts }) => ({ checkout, carts })))
  const orderIds = completeDeliveryCartsStep(carts)
  closeSplitCheckoutStep(transform({ checkout }, ({ checkout }) => ({ cart_id: checkout.cart.id, plan_id: checkout.plan_id })))
  emitEventStep({ eventName: DELIVERY_PLAN_PLACED, data: transform({ checkout }, ({ checkout }) => ({ id: checkout.plan_id })) })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ checkout, orderIds }, ({ checkout, orderIds }) => ({ plan_id: checkout.plan_id, order_ids: orderIds })))
})
