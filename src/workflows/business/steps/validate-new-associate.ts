import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RoleAssignment } from "../../../lib/business/access"
import { businessModule } from "../../../modules/business"
import { pricingGroupOfUnit } from "../pricing-group-of-unit"

export const validateNewAssociateStepId = "validate-new-business-associate"

/**
 * The customer exists, is not yet an associate of the unit, and the roles are known. Returns
 * what the next steps need: the customer's email and the pricing group to join (if not in it).
 */
export const validateNewAssociateStep = createStep(
  validateNewAssociateStepId,
  async (input: { business_unit_id: string; customer_id: string; roles: RoleAssignment[] }, { container }) => {
    const service = businessModule(container)
    await service.retrieveBusinessUnitOrFail(input.business_unit_id)
    await service.assertKnownRoles(input.roles)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "groups.id"],
      filters: { id: input.customer_id },
    })
    const customer = data[0]
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
    }
    const existing = await service.listBusinessAssociates({
      customer_id: input.customer_id,
      business_unit_id: input.business_unit_id,
    })
    if (existing.length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${customer.email} is already an associate of this business unit`)
    }
    const groupId = await pricingGroupOfUnit(container, input.business_unit_id)
    const inGroup = (customer.groups ?? []).some((g: any) => g?.id === groupId)
    return new StepResponse({ email: customer.email as string, join_group_id: groupId && !inGroup ? groupId : null })
  }
)
