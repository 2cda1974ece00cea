import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { SeededChannels } from "./channels"

/** Quantity breaks of the Wholesale price book: from 1, from 10 and from 50 units. */
export const BREAKS = [
  { min_quantity: 1, max_quantity: 9 },
  { min_quantity: 10, max_quantity: 49 },
  { min_quantity: 50, max_quantity: null },
] as const

/** EUR and USD amounts per break, for a few products of both channels and some cases. */
export const WHOLESALE_PRICE_BOOK = {
  title: "Wholesale price book",
  prices: [
    { sku: "SUP-OAT-1L", eur: [2.75, 2.65, 2.55], usd: [3.05, 2.95, 2.85] },
    { sku: "SUP-SYR-VAN", eur: [8.2, 7.9, 7.5], usd: [9.0, 8.7, 8.3] },
    { sku: "GEAR-FP-1L", eur: [32, 30, 28], usd: [35, 33, 31] },
    { sku: "COF-ESP-CASE6", eur: [145, 140, 132], usd: [160, 154, 146] },
    { sku: "CUP-TA12-1000", eur: [105, 100, 95], usd: [115, 110, 104] },
  ],
}

/**
 * The Wholesale channel's price book: a Medusa price list whose only rule is the sales
 * channel, so it applies to every request through the Wholesale key (carts carry their
 * sales_channel_id in Medusa's pricing context; catalog reads get it from our middleware).
 * A company agreement has one more rule (its customer group), so Medusa ranks it first.
 */
export async function seedWholesalePriceBook(container: MedusaContainer, channels: SeededChannels) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "price_list", fields: ["id"], filters: { title: WHOLESALE_PRICE_BOOK.title } })
  if (existing.length) return existing[0].id as string
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: WHOLESALE_PRICE_BOOK.prices.map((p) => p.sku) },
  })
  const idBySku = new Map(variants.map((v: any) => [v.sku, v.id as string]))
  const prices = WHOLESALE_PRICE_BOOK.prices.flatMap((p) =>
    (["eur", "usd"] as const).flatMap((currency_code) =>
      BREAKS.map((range, i) => ({ variant_id: idBySku.get(p.sku)!, currency_code, amount: p[currency_code][i], ...range }))
    )
  )
  const { result } = await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: WHOLESALE_PRICE_BOOK.title,
          description: "Prices of the Wholesale channel, with quantity breaks",
          status: PriceListStatus.ACTIVE,
          // The book is the channel's price, not a discount on the list price: override.
          ...({ type: PriceListType.OVERRIDE } as object),
          rules: { sales_channel_id: [channels.wholesale.id] },
          prices,
        },
      ],
    },
  })
  return result[0].id
}
