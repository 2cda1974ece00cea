import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessModule } from "../../../modules/business"

export const planCustomerGroupChangeStepId = "plan-business-unit-customer-group-change"

/**
 * What changing a unit's customer group means: the link to drop (if any), the link to make,
 * and the unit's associates to move from the old group into the new one.
 */
export const planCustomerGroupChangeStep = createStep(
  planCustomerGroupChangeStepId,
  async (input: { business_unit_id: string; customer_group_id: string }, { container }) => {
    const service = businessModule(container)
    await service.retrieveBusinessUnitOrFail(input.business_unit_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: groups } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { id: input.customer_group_id } })
    if (!groups.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer group ${input.customer_group_id} was not found`)
    }
    const { data } = await query.graph({ entity: "business_unit", fields: ["customer_group.id"], filters: { id: input.business_unit_id } })
    const previous = (data[0] as any)?.customer_group?.id ?? null
    const associates = await service.listBusinessAssociates({ business_unit_id: input.business_unit_id }, { take: null })
    const customers = [...new Set(associates.map((a) => a.customer_id))]
    return new StepResponse({
      previous_group_id: previous as string | null,
      changed: previous !== input.customer_group_id,
      customer_ids: customers,
    })
  }
)
