import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessModule } from "../../../modules/business"

export const validateInviteeStepId = "validate-business-invitee"

/**
 * Whether the invited email already has a registered customer account (one with a login), which
 * only words the message: it never makes anyone an associate. A customer who is already an
 * associate of the unit is refused, since they could never accept.
 */
export const validateInviteeStep = createStep(
  validateInviteeStepId,
  async (input: { business_unit_id: string; email: string }, { container }) => {
    const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: input.email, has_account: true })
    const customerId = customers[0]?.id ?? null
    if (customerId) {
      const existing = await businessModule(container).listBusinessAssociates({ customer_id: customerId, business_unit_id: input.business_unit_id })
      if (existing.length) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${input.email} is already an associate of this business unit`)
      }
    }
    return new StepResponse({ has_account: !!customerId })
  }
)
