import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { DeliveryCart } from "./create-delivery-carts"

export const completeDeliveryCartsStepId = "complete-delivery-carts"

/**
 * Each delivery cart through Medusa's own completion, whose hooks hold the business-cart policy
 * (the delivery judged with its basket), reserve its stock, attribute it to the unit and issue
 * its invoice. All or none: if one fails, the orders already made are canceled (stock and
 * credit given back), and so does the compensation.
 */
export const completeDeliveryCartsStep = createStep(
  completeDeliveryCartsStepId,
  async (carts: DeliveryCart[], { container }) => {
    const orderIds: string[] = []
    try {
      for (const cart of carts) {
        const { result } = await completeCartWorkflow(container).run({ input: { id: cart.cart_id } })
        orderIds.push(result.id)
      }
    } catch (error) {
      await cancelOrders(container, orderIds)
      throw error
    }
    return new StepResponse(orderIds, orderIds)
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) await cancelOrders(container, orderIds)
  }
)

async function cancelOrders(container: any, orderIds: string[]) {
  for (const orderId of orderIds) {
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
}
