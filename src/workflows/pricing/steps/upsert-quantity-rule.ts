import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantityRuleProblem, QuantityRule } from "../../../lib/pricing/quantity-rules"
import { QUANTITY_RULES_MODULE } from "../../../modules/quantity-rules"
import QuantityRulesModuleService from "../../../modules/quantity-rules/service"

export type UpsertQuantityRuleInput = QuantityRule & { variant_id: string; sales_channel_id: string }

export const upsertQuantityRuleStepId = "upsert-variant-quantity-rule"

/** One rule per variant and channel: a second one for the same pair replaces the first. */
export const upsertQuantityRuleStep = createStep(
  upsertQuantityRuleStepId,
  async (input: UpsertQuantityRuleInput, { container }) => {
    const problem = quantityRuleProblem(input)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: variants }, { data: channels }] = await Promise.all([
      query.graph({ entity: "product_variant", fields: ["id"], filters: { id: input.variant_id } }),
      query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: input.sales_channel_id } }),
    ])
    if (!variants.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    if (!channels.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sales channel ${input.sales_channel_id} was not found`)
    const service: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
    const [existing] = await service.listVariantQuantityRules({ variant_id: input.variant_id, sales_channel_id: input.sales_channel_id })
    const values = { min_quantity: input.min_quantity ?? null, max_quantity: input.max_quantity ?? null, increment: input.increment ?? null }
    if (existing) {
      const rule = await service.updateVariantQuantityRules({ id: existing.id, ...values })
      return new StepResponse(rule, { previous: existing as any, created: null as string | null })
    }
    const rule = await service.createVariantQuantityRules({ ...input, ...values })
    return new StepResponse(rule, { previous: null, created: rule.id as string | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
    if (undo.created) await service.deleteVariantQuantityRules(undo.created)
    if (undo.previous) {
      const { id, min_quantity, max_quantity, increment } = undo.previous
      await service.updateVariantQuantityRules({ id, min_quantity, max_quantity, increment })
    }
  }
)
