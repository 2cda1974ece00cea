import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { PriceCandidate, PriceListFacts, priceListSource, priceTiers, PriceTier } from "../../lib/pricing/resolution"
import { QuantityRuleView } from "../../lib/views/contract"
import { QUANTITY_RULES_MODULE } from "../../modules/quantity-rules"
import QuantityRulesModuleService from "../../modules/quantity-rules/service"

/**
 * Catalog reads that a route and a view both answer with, written once: the price tiers a
 * caller gets, the channel's quantity rules and the stock a channel can sell.
 */

export type TierContext = { currency_code: string; sales_channel_id: string; customer_group_ids: string[] }

/** Each variant's quantity breaks for the caller, resolved as the cart resolves them. */
export async function priceTiersByVariant(
  scope: MedusaContainer,
  variants: { id: string; price_set_id: string | null | undefined }[],
  context: TierContext
): Promise<Map<string, PriceTier[]>> {
  const priceSetIds = variants.map((v) => v.price_set_id).filter((id): id is string => !!id)
  // Query's price_set.prices leaves price-list prices out; the pricing module lists them all.
  const prices = priceSetIds.length
    ? await scope.resolve(Modules.PRICING).listPrices(
        { price_set_id: priceSetIds, currency_code: context.currency_code },
        { relations: ["price_list", "price_list.price_list_rules"], take: null }
      )
    : []
  const now = Date.now()
  return new Map(
    variants.map((variant) => {
      const candidates: PriceCandidate[] = prices
        .filter((p: any) => p.price_set_id === variant.price_set_id)
        .flatMap((p: any) => {
          const list = p.price_list as PriceListFacts | null
          const source = list ? priceListSource(list, context.sales_channel_id, context.customer_group_ids, now) : "list"
          if (!source) return []
          return [{ amount: Number(p.amount), min_quantity: p.min_quantity ?? null, max_quantity: p.max_quantity ?? null, source, list_type: (list?.type ?? null) as PriceCandidate["list_type"] }]
        })
      return [variant.id, priceTiers(candidates)]
    })
  )
}

/** The quantity rules the key's sales channels apply to these variants. */
export async function channelQuantityRules(scope: MedusaContainer, variantIds: string[], channelIds: string[]): Promise<QuantityRuleView[]> {
  if (!variantIds.length || !channelIds.length) return []
  const service: QuantityRulesModuleService = scope.resolve(QUANTITY_RULES_MODULE)
  const rules = await service.listVariantQuantityRules({ variant_id: variantIds, sales_channel_id: channelIds }, { take: null })
  return rules.map((r) => ({ variant_id: r.variant_id, min_quantity: r.min_quantity, max_quantity: r.max_quantity, increment: r.increment }))
}

/**
 * What the channel can still sell of each variant (stock at the channel's locations minus
 * reservations), as Medusa's own inventory_quantity; null for a variant whose stock is not managed.
 */
export async function channelAvailability(scope: MedusaContainer, variants: { id: string; manage_inventory?: boolean | null }[], channelId: string | null): Promise<Map<string, number | null>> {
  const managed = variants.filter((v) => v.manage_inventory).map((v) => v.id)
  const found = managed.length && channelId
    ? await getVariantAvailability(scope.resolve(ContainerRegistrationKeys.QUERY), { variant_ids: managed, sales_channel_id: channelId })
    : {}
  return new Map(variants.map((v) => [v.id, v.manage_inventory ? found[v.id]?.availability ?? 0 : null]))
}
