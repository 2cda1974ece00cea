import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryModule } from "../../../modules/delivery"
import { readyCartForCheckout } from "../../business-cart/ready-cart"
import { SplitCheckout } from "./check-split-checkout"

export const createDeliveryCartsStepId = "create-delivery-carts"

export type DeliveryCart = { delivery_id: string; cart_id: string; total: number }

/**
 * One cart per delivery, for the same customer, unit, channel, region and PO: the delivery's
 * lines at the basket's prices, its address, the basket's shipping option and payment. The
 * sum of their totals must be the checkout's total (the one approved and credit-checked).
 * Compensation deletes the carts.
 */
export const createDeliveryCartsStep = createStep(
  createDeliveryCartsStepId,
  async (checkout: SplitCheckout, { container }) => {
    const created: DeliveryCart[] = []
    try {
      for (const delivery of checkout.deliveries) {
        const { result: cart } = await createCartWorkflow(container).run({
          input: {
            region_id: checkout.cart.region_id,
            sales_channel_id: checkout.cart.sales_channel_id,
            customer_id: checkout.cart.customer_id,
            email: checkout.cart.email ?? undefined,
            currency_code: checkout.cart.currency_code,
            shipping_address: delivery.address,
            billing_address: checkout.cart.billing_address ?? delivery.address,
            metadata: { ...(checkout.cart.metadata ?? {}), split_from_cart_id: checkout.cart.id },
            items: delivery.lines.map((l) => ({ variant_id: l.variant_id!, quantity: l.quantity, unit_price: l.unit_price })),
            additional_data: { business_unit_id: checkout.cart.business_unit_id, associate_id: checkout.cart.associate_id },
          } as any,
        })
        created.push({ delivery_id: delivery.id, cart_id: cart.id, total: 0 })
        await deliveryModule(container).updateDeliveries({ id: delivery.id, cart_id: cart.id })
        await readyCartForCheckout(container, cart.id, checkout.shipping_option_id, checkout.payment_provider_id)
      }
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "total"], filters: { id: created.map((c) => c.cart_id) } })
      const totals = new Map(data.map((c: any) => [c.id, Number(c.total)]))
      for (const c of created) c.total = totals.get(c.cart_id) ?? 0
      const sum = Math.round(created.reduce((s, c) => s + c.total, 0) * 100) / 100
      if (Math.abs(sum - checkout.total) > 0.01) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The deliveries cost ${sum.toFixed(2)} in all, not the checkout's ${checkout.total.toFixed(2)} (a price or shipping rate changed): review the cart and place it again`,
          "price_mismatch"
        )
      }
    } catch (error) {
      // A step that throws is not compensated itself: remove what it made so far.
      await removeDeliveryCarts(container, created)
      throw error
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created) await removeDeliveryCarts(container, created)
  }
)

async function removeDeliveryCarts(container: any, created: DeliveryCart[]) {
  if (!created.length) return
  await deliveryModule(container).updateDeliveries(created.map((c) => ({ id: c.delivery_id, cart_id: null })))
  await container.resolve(Modules.CART).softDeleteCarts(created.map((c) => c.cart_id))
}
