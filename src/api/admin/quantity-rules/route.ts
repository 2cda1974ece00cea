import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { QUANTITY_RULES_MODULE } from "../../../modules/quantity-rules"
import QuantityRulesModuleService from "../../../modules/quantity-rules/service"
import { upsertQuantityRuleWorkflow } from "../../../workflows/pricing/workflows/quantity-rules"
import { AdminListQuantityRules, AdminUpsertQuantityRuleType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = AdminListQuantityRules.safeParse(req.query)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))
  }
  const service: QuantityRulesModuleService = req.scope.resolve(QUANTITY_RULES_MODULE)
  const quantity_rules = await service.listVariantQuantityRules(parsed.data, { order: { created_at: "ASC" }, take: null })
  res.json({ quantity_rules })
}

/** Creates the rule of a variant on a channel, or replaces it. */
export async function POST(req: MedusaRequest<AdminUpsertQuantityRuleType>, res: MedusaResponse) {
  const { result } = await upsertQuantityRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ quantity_rule: result })
}
