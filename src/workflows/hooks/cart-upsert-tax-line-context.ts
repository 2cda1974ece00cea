import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { upsertTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { taxLineContext } from "../tax/tax-treatment-of"

/** Taxes recomputed for some of a cart's lines follow the same treatment as the whole cart. */
upsertTaxLinesWorkflow.hooks.setTaxLineContext(async ({ cart }, { container }) => {
  return new StepResponse(await taxLineContext(container, "cart", cart.id))
})
