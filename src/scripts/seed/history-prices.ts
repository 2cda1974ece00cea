import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PriceListStatus, PriceListType, QueryContext } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { daysAgo } from "./history-dates"

/** A week-long Retail sale on the house espresso, over since: the admin shows it as expired. */
export const PAST_PROMOTION = {
  title: "Autumn espresso week",
  starts_days_ago: 58,
  ends_days_ago: 51,
  prices: [
    { sku: "COF-ESP-250", eur: 7.2 },
    { sku: "COF-ESP-1000", eur: 24 },
  ],
}

/** A variant as the channel sold it: its price and whether that price includes VAT (Retail in Europe). */
export type ShelfVariant = { variant_id: string; product_id: string; product_title: string; variant_title: string; sku: string; unit_price: number; is_tax_inclusive: boolean }

/** What a customer paid then: the promotion's price inside its week, today's price otherwise. */
export function priceOn(variant: ShelfVariant, day: Date, now: Date, retail: boolean): number {
  const promo = retail && PAST_PROMOTION.prices.find((p) => p.sku === variant.sku)
  const during = day >= daysAgo(now, PAST_PROMOTION.starts_days_ago) && day < daysAgo(now, PAST_PROMOTION.ends_days_ago)
  return promo && during ? promo.eur : variant.unit_price
}

export async function seedPastPromotion(container: MedusaContainer, retailChannelId: string, now: Date) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: PAST_PROMOTION.prices.map((p) => p.sku) } })
  const idBySku = new Map(variants.map((v: any) => [v.sku, v.id as string]))
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: PAST_PROMOTION.title,
          description: "A week of cheaper house espresso in the shop",
          status: PriceListStatus.ACTIVE,
          ...({ type: PriceListType.SALE } as object),
          starts_at: daysAgo(now, PAST_PROMOTION.starts_days_ago).toISOString(),
          ends_at: daysAgo(now, PAST_PROMOTION.ends_days_ago).toISOString(),
          rules: { sales_channel_id: [retailChannelId] },
          prices: PAST_PROMOTION.prices.map((p) => ({ variant_id: idBySku.get(p.sku)!, currency_code: "eur", amount: p.eur })),
        },
      ],
    },
  })
}

/**
 * The variants' EUR prices as Medusa prices them today for this channel and customer (list
 * price, the channel's price book, the customer's company agreement), keyed by SKU.
 */
export async function shelfPrices(
  container: MedusaContainer,
  where: { region_id: string; sales_channel_id: string; customer_group_ids: string[] },
  skus: string[]
): Promise<Map<string, ShelfVariant>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product.id", "product.title", "calculated_price.calculated_amount", "calculated_price.is_calculated_price_tax_inclusive"],
    filters: { sku: skus },
    context: {
      calculated_price: QueryContext({
        currency_code: "eur",
        region_id: where.region_id,
        sales_channel_id: where.sales_channel_id,
        customer: { groups: { id: where.customer_group_ids } },
      }),
    },
  })
  return new Map(
    data.map((v: any) => [
      v.sku,
      { variant_id: v.id, product_id: v.product.id, product_title: v.product.title, variant_title: v.title, sku: v.sku, unit_price: Number(v.calculated_price.calculated_amount), is_tax_inclusive: !!v.calculated_price.is_calculated_price_tax_inclusive },
    ])
  )
}
