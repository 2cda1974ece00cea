import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { resolveUnitPriceListRulesStep } from "../steps/resolve-unit-price-list-rules"

/** Makes a Medusa price list the unit's negotiated prices, on the Wholesale channel only. */
export const setUnitPriceListWorkflow = createWorkflow(
  "set-business-unit-price-list",
  (input: { business_unit_id: string; price_list_id: string }) => {
    const update = resolveUnitPriceListRulesStep(input)
    updatePriceListsWorkflow.runAsStep({ input: transform({ update }, ({ update }) => ({ price_lists_data: [update] })) })
    return new WorkflowResponse(update)
  }
)
