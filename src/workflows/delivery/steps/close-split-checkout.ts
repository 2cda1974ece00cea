import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryModule } from "../../../modules/delivery"

export const closeSplitCheckoutStepId = "close-split-checkout"

/** The split cart is done (completed, so no path orders it again) and its plan placed. Compensation reopens both. */
export const closeSplitCheckoutStep = createStep(
  closeSplitCheckoutStepId,
  async (input: { cart_id: string; plan_id: string }, { container }) => {
    await container.resolve(Modules.CART).updateCarts(input.cart_id, { completed_at: new Date() } as any)
    await deliveryModule(container).updateDeliveryPlans({ id: input.plan_id, status: "placed", placed_at: new Date() })
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input) return
    await deliveryModule(container).updateDeliveryPlans({ id: input.plan_id, status: "open", placed_at: null })
    await container.resolve(Modules.CART).updateCarts(input.cart_id, { completed_at: null } as any)
  }
)
