import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SeededChannels } from "./channels"
import { SeededRegions } from "./regions"

type PriceRow = { id: string; amount: number; currency_code: string; price_list_id?: string | null; price_rules?: { attribute: string; value: string }[] }

const rulesOf = (p: PriceRow) => Object.fromEntries((p.price_rules ?? []).map((r) => [r.attribute, r.value]))

/**
 * Consumers in Europe pay gross prices, businesses net ones, from one catalog. Medusa treats a
 * price as tax-inclusive only when it has a region rule and the region's price preference says
 * so; currency prices follow the (exclusive) currency preference. So the Retail channel gets, for
 * each of its variants and for the shipping options, a Europe price with a region rule plus a
 * rule for the Retail channel: consumers see and pay it with VAT included, while the Wholesale
 * channel (whose carts do not match that rule) pays the net currency price or its price book,
 * with VAT added at checkout. The gross amount is today's Europe price, so the shop shows the
 * same numbers as before; a region-only shipping price becomes the Retail one.
 */
export async function seedRetailGrossPrices(container: MedusaContainer, channels: SeededChannels, regions: SeededRegions) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const [{ data: variants }, { data: options }] = await Promise.all([
    query.graph({ entity: "product_variant", fields: ["id", "price_set.id", "product.sales_channels.id"], filters: {} }),
    query.graph({ entity: "shipping_option", fields: ["id", "price_set_link.price_set_id"], filters: {} }),
  ])
  const retailVariantSets = variants
    .filter((v: any) => (v.product?.sales_channels ?? []).some((c: any) => c?.id === channels.retail.id))
    .map((v: any) => v.price_set?.id)
  const priceSetIds = [...retailVariantSets, ...options.map((o: any) => o.price_set_link?.price_set_id)].filter((id): id is string => !!id)
  if (!priceSetIds.length) return
  const prices = (await pricing.listPrices({ price_set_id: priceSetIds }, { relations: ["price_rules"], take: null })) as unknown as (PriceRow & { price_set_id: string })[]
  const bySet = new Map<string, (PriceRow & { price_set_id: string })[]>()
  for (const p of prices) bySet.set(p.price_set_id, [...(bySet.get(p.price_set_id) ?? []), p])

  const grossRules = { region_id: regions.eu.id, sales_channel_id: channels.retail.id }
  const toRemove: string[] = []
  const toAdd: { priceSetId: string; prices: { amount: number; currency_code: string; rules: Record<string, string> }[] }[] = []
  for (const [priceSetId, rows] of bySet) {
    const own = rows.filter((p) => !p.price_list_id)
    const isGross = (p: PriceRow) => { const r = rulesOf(p); return r.region_id === grossRules.region_id && r.sales_channel_id === grossRules.sales_channel_id }
    if (own.some(isGross)) continue
    const regionOnly = own.find((p) => { const r = rulesOf(p); return Object.keys(r).length === 1 && r.region_id === regions.eu.id })
    const base = own.find((p) => p.currency_code === "eur" && !(p.price_rules ?? []).length)
    const amount = regionOnly?.amount ?? base?.amount
    if (amount == null) continue
    if (regionOnly) toRemove.push(regionOnly.id)
    toAdd.push({ priceSetId, prices: [{ amount: Number(amount), currency_code: "eur", rules: grossRules }] })
  }
  if (toRemove.length) await pricing.removePrices(toRemove)
  if (toAdd.length) await pricing.addPrices(toAdd)
}
