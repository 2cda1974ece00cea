import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUANTITY_RULES_MODULE } from "../../../modules/quantity-rules"
import QuantityRulesModuleService from "../../../modules/quantity-rules/service"

export const deleteQuantityRuleStepId = "delete-variant-quantity-rule"

export const deleteQuantityRuleStep = createStep(
  deleteQuantityRuleStepId,
  async (id: string, { container }) => {
    const service: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
    await service.retrieveVariantQuantityRule(id)
    await service.softDeleteVariantQuantityRules(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
    await service.restoreVariantQuantityRules(id)
  }
)
