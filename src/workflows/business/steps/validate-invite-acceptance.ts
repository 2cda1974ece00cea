import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rolesOf } from "../../../lib/business/access"
import { inviteRefusal } from "../../../lib/business/invite-token"
import { businessModule } from "../../../modules/business"

export const validateInviteAcceptanceStepId = "validate-business-invite-acceptance"

export const validateInviteAcceptanceStep = createStep(
  validateInviteAcceptanceStepId,
  async (input: { token_hash: string; customer_id: string }, { container }) => {
    const [invite] = await businessModule(container).listBusinessInvites({ token_hash: input.token_hash })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: input.customer_id } })
    const refusal = inviteRefusal(invite ?? null, data[0]?.email ?? null, new Date())
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    return new StepResponse({
      invite_id: invite.id,
      business_unit_id: (invite as any).business_unit_id as string,
      roles: rolesOf(invite.roles),
    })
  }
)
