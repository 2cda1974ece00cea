import { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { hidesPricesFromGuests } from "../../lib/pricing/price-visibility"
import { ViewProduct } from "../../lib/views/contract"
import { PriceContext, priceContextOf, queryPricingContext } from "../../lib/views/price-context"
import { loggedInCustomerId } from "./business-context"
import { channelAvailability, channelQuantityRules, priceTiersByVariant } from "./catalog-reads"
import { keyChannels } from "./key-channels"
import { priceListsInForce } from "./price-lists-in-force"

/** What a storefront page shows of a product: Medusa's store fields that the pages read. */
const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "images.id",
  "images.url",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.options.id",
  "variants.options.value",
  "variants.options.option_id",
  "variants.price_set.id",
]
const PRICE_FIELDS = ["variants.calculated_price.*"]

/**
 * The caller's price context: the region named, the key's channels, the logged-in customer's
 * groups (read on every request, as Medusa's own pricing middleware does), the price lists in
 * force and whether the channel shows prices to this caller.
 */
export async function callerPriceContext(req: MedusaStoreRequest<any>, regionId: string): Promise<PriceContext> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = loggedInCustomerId(req)
  const [{ data: regions }, { data: groups }, channels, priceLists] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } }, { cache: { enable: true } } as any),
    customerId
      ? query.graph({ entity: "customer_group", fields: ["id"], filters: { customers: { id: customerId } } as any })
      : Promise.resolve({ data: [] as { id: string }[] }),
    keyChannels(req),
    priceListsInForce(req.scope),
  ])
  const region = regions[0] as { id: string; currency_code: string } | undefined
  if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${regionId} was not found`)
  return priceContextOf({
    region,
    salesChannelIds: req.publishable_key_context?.sales_channel_ids ?? [],
    customerGroupIds: groups.map((g: { id: string }) => g.id),
    pricesVisible: !!customerId || !channels.some(hidesPricesFromGuests),
    priceListsInForce: priceLists,
  })
}

export type CatalogFilters = { q?: string; category_id?: string[]; handle?: string }

/**
 * The key's products: the channel link decides, as in Medusa's store routes. A product page
 * (one handle) reads its product's links only, not the whole channel's.
 */
async function productIdsInChannels(req: MedusaStoreRequest<any>, channelIds: string[], handle?: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const withHandle = handle ? (await query.graph({ entity: "product", fields: ["id"], filters: { handle } })).data.map((p: { id: string }) => p.id) : null
  if (withHandle && !withHandle.length) return []
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelIds, ...(withHandle ? { product_id: withHandle } : {}) },
  })
  return [...new Set(links.map((l: { product_id: string }) => l.product_id))]
}

/**
 * One page of the key's published products with everything a page shows per variant: the
 * calculated price for the context, the channel's stock, the quantity rule and the price tiers.
 * The reads after the product page run at once.
 */
export async function loadViewProducts(
  req: MedusaStoreRequest<any>,
  context: PriceContext,
  filters: CatalogFilters,
  page: { limit: number; offset: number }
): Promise<{ products: ViewProduct[]; count: number }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const channelIds = context.sales_channel_ids
  if (!channelIds.length) return { products: [], count: 0 }
  const productIds = await productIdsInChannels(req, channelIds, filters.handle)
  if (!productIds.length) return { products: [], count: 0 }
  const pricing = queryPricingContext(context)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: pricing ? [...PRODUCT_FIELDS, ...PRICE_FIELDS] : PRODUCT_FIELDS,
    filters: {
      id: productIds,
      status: "published",
      ...(filters.q ? { q: filters.q } : {}),
      ...(filters.handle ? { handle: filters.handle } : {}),
      ...(filters.category_id?.length ? { categories: { id: filters.category_id } } : {}),
    } as any,
    pagination: { skip: page.offset, take: page.limit, order: { title: "ASC" } },
    ...(pricing ? { context: { variants: { calculated_price: QueryContext(pricing) } } } : {}),
  })
  const variants = products.flatMap((p: any) => p.variants ?? [])
  const channelId = channelIds.length === 1 ? channelIds[0] : null
  const [availability, rules, tiers] = await Promise.all([
    channelAvailability(req.scope, variants, channelId),
    channelQuantityRules(req.scope, variants.map((v: any) => v.id), channelIds),
    pricing && channelId
      ? priceTiersByVariant(
          req.scope,
          variants.map((v: any) => ({ id: v.id, price_set_id: v.price_set?.id })),
          { currency_code: context.currency_code, sales_channel_id: channelId, customer_group_ids: context.customer_group_ids }
        )
      : Promise.resolve(new Map()),
  ])
  const ruleOf = new Map(rules.map((r) => [r.variant_id, r]))
  const viewProducts = products.map((product: any) => ({
    ...product,
    variants: (product.variants ?? []).map(({ price_set: _priceSet, ...variant }: any) => ({
      ...variant,
      availability: availability.get(variant.id) ?? null,
      quantity_rule: ruleOf.get(variant.id) ?? null,
      price_tiers: tiers.get(variant.id) ?? [],
    })),
  }))
  return { products: viewProducts as ViewProduct[], count: metadata?.count ?? viewProducts.length }
}
