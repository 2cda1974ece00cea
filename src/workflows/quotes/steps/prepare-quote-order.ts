import { OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { priceOffer } from "../../../lib/quotes/offer"
import { taxRatesFor } from "../../tax/tax-rates-for"
import { retrieveQuoteOrFail } from "./quote-service"

export const prepareQuoteOrderStepId = "prepare-quote-order"

type PreparedQuoteOrder = { existing_order_id: string | null; order: Record<string, unknown> | null; total: number }

/**
 * Under the quote's lock: an accepted quote answers with its order (accepting twice places one
 * order); otherwise the draft order to create, at exactly the offered (net) prices, and its
 * taxed total, which the policy judges (approval, budget, credit) as it judges a cart's.
 */
export const prepareQuoteOrderStep = createStep(prepareQuoteOrderStepId, async (input: { quote_id: string }, { container }): Promise<StepResponse<PreparedQuoteOrder>> => {
  const quote = await retrieveQuoteOrFail(container, input.quote_id)
  if (quote.status === "accepted" && quote.order_id) {
    return new StepResponse({ existing_order_id: quote.order_id as string, order: null, total: 0 })
  }
  const address = (quote.shipping_address ?? undefined) as Record<string, unknown> | undefined
  const offer = priceOffer(
    quote.lines.map((l: any) => ({ id: l.id, quantity: l.quantity, requested_unit_price: Number(l.requested_unit_price), offered_unit_price: l.offered_unit_price == null ? null : Number(l.offered_unit_price) })),
    quote.discount_percent ?? 0,
    Number(quote.shipping_total ?? 0),
    await taxRatesFor(container, quote.business_unit_id, address as any, quote.lines)
  )
  const priceOf = new Map(offer.lines.map((l) => [l.id, l.unit_price]))
  const order = {
    status: OrderStatus.DRAFT,
    is_draft_order: true,
    region_id: quote.region_id,
    sales_channel_id: quote.sales_channel_id,
    customer_id: quote.customer_id,
    email: quote.email,
    currency_code: quote.currency_code,
    shipping_address: address,
    billing_address: address,
    // Business prices are net: VAT is added on top, whatever the Retail channel's prices include.
    items: quote.lines.map((l: any) => ({ variant_id: l.variant_id, quantity: l.quantity, unit_price: priceOf.get(l.id), title: l.product_title, is_tax_inclusive: false })),
    shipping_methods: offer.shipping_total > 0 ? [{ name: "Shipping (as quoted)", amount: offer.shipping_total, is_tax_inclusive: false }] : [],
    metadata: { quote_id: quote.id, po_number: quote.po_number ?? null },
  }
  return new StepResponse({ existing_order_id: null, order, total: offer.total })
})
