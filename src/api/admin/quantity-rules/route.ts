import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { QUANTITY_RULES_MODULE } from "../../../modules/quantity-rules"
import QuantityRulesModuleService from "../../../modules/quantity-rules/service"
import { upsertQuantityRuleWorkflow } from "../../../workflows/pricing/workflows/quantity-rules"
import { AdminListQuantityRules, AdminUpsertQuantityRuleType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(AdminListQuantityRules, req.query)
  const service: QuantityRulesModuleService = req.scope.resolve(QUANTITY_RULES_MODULE)
  const quantity_rules = await service.listVariantQuantityRules(parsedQuery, { order: { created_at: "ASC" }, take: null })
  res.json({ quantity_rules })
}

/** Creates the rule of a variant on a channel, or replaces it. */
export async function POST(req: MedusaRequest<AdminUpsertQuantityRuleType>, res: MedusaResponse) {
  const { result } = await upsertQuantityRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ quantity_rule: result })
}
