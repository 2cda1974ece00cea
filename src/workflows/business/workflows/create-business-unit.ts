import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerGroupsStep, createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { BUSINESS_MODULE } from "../../../modules/business"
import { createBusinessUnitStep, CreateBusinessUnitInput } from "../steps/create-business-unit"
import { validateUnitPlacementStep } from "../steps/validate-unit-placement"

export const BUSINESS_UNIT_CREATED = "business_unit.created"

/**
 * Creates a company (no parent) or a division. A company gets its own customer group, linked
 * to it, so that a price list for that group gives its associates negotiated prices.
 */
export const createBusinessUnitWorkflow = createWorkflow(
  "create-business-unit",
  (input: Omit<CreateBusinessUnitInput, "company_id">) => {
    const placement = validateUnitPlacementStep({ parent_id: input.parent_id })
    const unitData = transform({ input, placement }, ({ input, placement }) => ({
      ...input,
      parent_id: input.parent_id ?? null,
      company_id: placement.company_id,
    }))
    const unit = createBusinessUnitStep(unitData)

    when("company-gets-customer-group", { input }, ({ input }) => !input.parent_id).then(() => {
      const groups = createCustomerGroupsStep(
        transform({ unit }, ({ unit }) => [{ name: `${unit.name} (${unit.id})`, metadata: { business_unit_id: unit.id } }])
      )
      createRemoteLinkStep(
        transform({ unit, groups }, ({ unit, groups }) => [
          { [BUSINESS_MODULE]: { business_unit_id: unit.id }, [Modules.CUSTOMER]: { customer_group_id: groups[0].id } },
        ])
      )
    })

    emitEventStep({
      eventName: BUSINESS_UNIT_CREATED,
      data: transform({ unit }, ({ unit }) => ({ id: unit.id, parent_id: unit.parent_id })),
    })
    return new WorkflowResponse(unit)
  }
)
