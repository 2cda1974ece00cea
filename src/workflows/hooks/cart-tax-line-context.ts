import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { taxLineContext } from "../tax/tax-treatment-of"

/** Every cart's taxes follow its buyer's tax treatment (reverse charge, US resale exemption). */
updateTaxLinesWorkflow.hooks.setTaxLineContext(async ({ cart }, { container }) => {
  return new StepResponse(await taxLineContext(container, "cart", cart.id))
})
