import { TAX_NOTES, treatmentOfTaxLines, ZeroRatedTreatment } from "../tax/contract"
import { orderItemQuantity } from "../orders/order-items"

/**
 * What an invoice charges, copied from Medusa's own order totals (never recomputed, so the
 * invoice always agrees with the order): net lines, net items subtotal and shipping, the tax of
 * each rate and the zero-rating the order's tax lines name.
 */

type Amount = number | string | null | undefined
type MedusaTaxLine = { rate: Amount; code?: string | null }
/** An order item or shipping method with the totals Medusa decorates it with. */
type Taxed = { subtotal: Amount; discount_subtotal?: Amount; tax_total: Amount; tax_lines?: MedusaTaxLine[] | null }
type MedusaItem = Taxed & {
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  unit_price: Amount
  total: Amount
}
export type MedusaOrderTotals = {
  item_subtotal: Amount
  shipping_subtotal: Amount
  discount_subtotal: Amount
  tax_total: Amount
  total: Amount
  items?: MedusaItem[] | null
  shipping_methods?: Taxed[] | null
}

export type InvoiceLine = {
  title: string
  variant: string | null
  sku: string | null
  quantity: number
  /** As Medusa prices it: net for business prices, which are tax-exclusive. */
  unit_price: number
  /** Net, before discounts. */
  subtotal: number
  /** Sum of the rates of the line's tax lines, in percent. */
  tax_rate: number
  tax_total: number
  total: number
}

/** One rate's tax: the net amount it is charged on (after discounts) and the tax. */
export type InvoiceTaxRate = { rate: number; base: number; tax: number }

export type InvoiceAmounts = {
  lines: InvoiceLine[]
  item_subtotal: number
  shipping_subtotal: number
  discount_subtotal: number
  tax_total: number
  total: number
  /** Lowest rate first; items and shipping methods without tax lines are counted at 0 %. */
  tax_rates: InvoiceTaxRate[]
  tax_treatment: ZeroRatedTreatment | null
}

const money = (value: Amount) => Math.round(Number(value ?? 0) * 100) / 100

const rateSum = (lines: MedusaTaxLine[]) => lines.reduce((sum, l) => sum + Number(l.rate ?? 0), 0)

/**
 * Items and shipping grouped by rate. An item with several tax lines (a US state and county
 * rate) counts its net amount under each, and its tax is Medusa's item tax split by rate.
 */
export function taxPerRate(taxed: Taxed[]): InvoiceTaxRate[] {
  const byRate = new Map<number, { base: number; tax: number }>()
  const add = (rate: number, base: number, tax: number) => {
    const sum = byRate.get(rate) ?? { base: 0, tax: 0 }
    byRate.set(rate, { base: sum.base + base, tax: sum.tax + tax })
  }
  for (const t of taxed) {
    const base = Number(t.subtotal ?? 0) - Number(t.discount_subtotal ?? 0)
    const lines = t.tax_lines ?? []
    const total = rateSum(lines)
    if (!lines.length) add(0, base, 0)
    for (const line of lines) {
      const rate = Number(line.rate ?? 0)
      add(rate, base, total ? (Number(t.tax_total ?? 0) * rate) / total : 0)
    }
  }
  return [...byRate.entries()].sort(([a], [b]) => a - b).map(([rate, { base, tax }]) => ({ rate, base: money(base), tax: money(tax) }))
}

export function invoiceAmountsOf(order: MedusaOrderTotals): InvoiceAmounts {
  const items = order.items ?? []
  const taxed = [...items, ...(order.shipping_methods ?? [])]
  return {
    lines: items.map((i) => ({
      title: i.product_title ?? i.title ?? "",
      variant: i.variant_title ?? null,
      sku: i.variant_sku ?? null,
      quantity: orderItemQuantity(i),
      unit_price: money(i.unit_price),
      subtotal: money(i.subtotal),
      tax_rate: rateSum(i.tax_lines ?? []),
      tax_total: money(i.tax_total),
      total: money(i.total),
    })),
    item_subtotal: money(order.item_subtotal),
    shipping_subtotal: money(order.shipping_subtotal),
    discount_subtotal: money(order.discount_subtotal),
    tax_total: money(order.tax_total),
    total: money(order.total),
    tax_rates: taxPerRate(taxed),
    tax_treatment: treatmentOfTaxLines(taxed.flatMap((t) => (t.tax_lines ?? []).map((l) => l.code))),
  }
}

/** What the tax is called: sales tax on US orders (the only USD market), VAT elsewhere. */
export const taxName = (currencyCode: string) => (currencyCode.toLowerCase() === "usd" ? "Sales tax" : "VAT")

/** "VAT 19%" */
export const taxRateLabel = (currencyCode: string, rate: number) => `${taxName(currencyCode)} ${rate}%`

export const taxNoteOf = (treatment: ZeroRatedTreatment | null) => (treatment ? TAX_NOTES[treatment] : null)
