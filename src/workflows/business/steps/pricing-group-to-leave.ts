import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessModule } from "../../../modules/business"
import { pricingGroupOfUnit } from "../pricing-group-of-unit"

export const pricingGroupToLeaveStepId = "business-pricing-group-to-leave"

/**
 * The pricing group a removed associate should leave: the unit's, unless another of the
 * customer's memberships still gives them the same group.
 */
export const pricingGroupToLeaveStep = createStep(
  pricingGroupToLeaveStepId,
  async (input: { associate_id: string; customer_id: string; business_unit_id: string }, { container }) => {
    const group = await pricingGroupOfUnit(container, input.business_unit_id)
    if (!group) return new StepResponse(null as string | null)
    const others = await businessModule(container).listBusinessAssociates({ customer_id: input.customer_id }, { take: null })
    for (const other of others.filter((a) => a.id !== input.associate_id)) {
      if ((await pricingGroupOfUnit(container, (other as any).business_unit_id)) === group) {
        return new StepResponse(null as string | null)
      }
    }
    return new StepResponse(group as string | null)
  }
)
