import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { QUANTITY_RULES_MODULE } from "../../modules/quantity-rules"
import QuantityRulesModuleService from "../../modules/quantity-rules/service"
import { SeededChannels } from "./channels"

/** Wholesale ordering rules: syrup in cases of 6 (6 to 120), presses at most 20, lids at least 2 cases. */
export const WHOLESALE_QUANTITY_RULES = [
  { sku: "SUP-SYR-VAN", min_quantity: 6, max_quantity: 120, increment: 6 },
  { sku: "GEAR-FP-1L", min_quantity: null, max_quantity: 20, increment: null },
  { sku: "CUP-LID-1000", min_quantity: 2, max_quantity: null, increment: null },
]

export async function seedQuantityRules(container: MedusaContainer, channels: SeededChannels) {
  const service: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: WHOLESALE_QUANTITY_RULES.map((r) => r.sku) },
  })
  const idBySku = new Map(variants.map((v: any) => [v.sku, v.id as string]))
  const existing = await service.listVariantQuantityRules({ sales_channel_id: channels.wholesale.id }, { take: null })
  const ruled = new Set(existing.map((r) => r.variant_id))
  const missing = WHOLESALE_QUANTITY_RULES.filter((r) => !ruled.has(idBySku.get(r.sku)!)).map(({ sku, ...rule }) => ({
    ...rule,
    variant_id: idBySku.get(sku)!,
    sales_channel_id: channels.wholesale.id,
  }))
  if (missing.length) await service.createVariantQuantityRules(missing)
  return WHOLESALE_QUANTITY_RULES.length
}
