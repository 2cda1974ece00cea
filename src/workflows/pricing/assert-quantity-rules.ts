import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { quantityRuleViolation } from "../../lib/pricing/quantity-rules"
import { QUANTITY_RULES_MODULE } from "../../modules/quantity-rules"
import QuantityRulesModuleService from "../../modules/quantity-rules/service"

export type LineQuantity = { variant_id?: string | null; quantity: number }

/**
 * Refuses lines whose resulting quantity breaks the variant's quantity rule in the cart's
 * sales channel (a channel without rules, such as Retail, is never bound). `lines` are the
 * quantities the cart would hold per variant after the change.
 */
export async function assertQuantityRules(container: MedusaContainer, salesChannelId: string | null | undefined, lines: LineQuantity[]) {
  const relevant = lines.filter((l): l is { variant_id: string; quantity: number } => !!l.variant_id && l.quantity > 0)
  if (!salesChannelId || !relevant.length) return
  const service: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
  const rules = await service.listVariantQuantityRules({
    sales_channel_id: salesChannelId,
    variant_id: [...new Set(relevant.map((l) => l.variant_id))],
  })
  if (!rules.length) return
  const ruleByVariant = new Map(rules.map((r) => [r.variant_id, r]))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title"],
    filters: { id: rules.map((r) => r.variant_id) },
  })
  const labelOf = new Map(variants.map((v: any) => [v.id, [v.product?.title, v.title].filter(Boolean).join(", ")]))
  const problems = relevant
    .map((l) => quantityRuleViolation(ruleByVariant.get(l.variant_id), l.quantity, `"${labelOf.get(l.variant_id) ?? l.variant_id}"`))
    .filter(Boolean)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
}

/** The quantities per variant a cart would hold after adding `added` to its current lines. */
export function quantitiesAfterAdding(current: LineQuantity[], added: LineQuantity[]): LineQuantity[] {
  const totals = new Map<string, number>()
  for (const line of [...current, ...added]) {
    if (line.variant_id) totals.set(line.variant_id, (totals.get(line.variant_id) ?? 0) + Number(line.quantity))
  }
  const addedIds = new Set(added.map((l) => l.variant_id))
  return [...totals].filter(([id]) => addedIds.has(id)).map(([variant_id, quantity]) => ({ variant_id, quantity }))
}
