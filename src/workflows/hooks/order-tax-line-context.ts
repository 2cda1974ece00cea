import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrderTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { taxLineContext } from "../tax/tax-treatment-of"

/** Order edits, claims, exchanges and returns tax their new lines as the order was taxed. */
updateOrderTaxLinesWorkflow.hooks.setTaxLineContext(async ({ order }, { container }) => {
  return new StepResponse(await taxLineContext(container, "order", order.id))
})
