import type { FlowStatus } from "../approvals/contract"
import type { Paginated } from "../business/contract"
import type { OfferTaxRates, PricedLine } from "./offer"
import type { QuoteStatus } from "./state-machine"

/**
 * Quotes as the admin and the B2B portal see them. Declared once here; the routes
 * (src/api/admin/quotes/**, src/api/store/business/quotes/**, presented by
 * src/api/utils/present-quote.ts) answer these shapes and the admin and the portal import them.
 */

export { QUOTE_STATUSES } from "./state-machine"
export type { QuoteAction, QuoteStatus } from "./state-machine"

export type QuoteLine = {
  id: string
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  /** The cart's unit price when the quote was requested. */
  requested_unit_price: number
  /** The merchant's offered unit price; null until the merchant prices the line. */
  offered_unit_price: number | null
}

export type QuoteMessage = {
  id: string
  author_type: "buyer" | "merchant"
  author_id: string
  body: string
  created_at: string
}

/** The priced offer: what accepting would order (src/lib/quotes/offer.ts); lines and shipping net, total with tax. */
export type QuoteOffer = {
  lines: PricedLine[]
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  /** The rates the tax is computed at (null: no ship-to address yet), so the admin's preview prices an edited offer as the server will. */
  tax_rates: OfferTaxRates | null
}

export type Quote = {
  id: string
  status: QuoteStatus
  business_unit_id: string
  associate_id: string
  customer_id: string
  email: string
  cart_id: string
  currency_code: string
  po_number: string | null
  buyer_comment: string | null
  merchant_comment: string | null
  shipping_total: number
  discount_percent: number
  valid_until: string | null
  order_id: string | null
  created_at: string
  updated_at: string
  lines: QuoteLine[]
  /** The thread, oldest first; lists leave it out. */
  messages?: QuoteMessage[]
  offer: QuoteOffer
  /** The QuoteActions the viewer (merchant or buyer) may take now, per the state machine; permissions are checked apart. */
  next_actions: string[]
}

/** The approval accepting a quote needed. */
export type QuoteApprovalSummary = { id: string; status: FlowStatus; current_tier: number; reasons: string[] }

/** A quote as the portal sees it: GET /store/business/quotes/:id adds the approval accepting it needed, if any. */
export type StoreQuote = Quote & { approval?: QuoteApprovalSummary | null }

/** Body of POST /admin/quotes/:id (the offer). */
export type QuoteOfferInput = {
  lines?: { id: string; unit_price: number }[]
  shipping_total?: number
  discount_percent?: number
  valid_until?: string
  merchant_comment?: string | null
}

export type QuoteOrderSummary = { id: string; display_id: number; total: number; currency_code: string }

/** POST /store/business/quotes/:id/accept: the order, or the approval the quote now waits for. */
export type QuoteAcceptance =
  | { status: "ordered"; order: QuoteOrderSummary }
  | { status: "approval_pending"; approval: QuoteApprovalSummary }

/** GET /admin/quotes */
export type AdminQuotesResponse = Paginated & { quotes: Quote[] }
/** Reading, pricing, sending or withdrawing a quote (admin). */
export type AdminQuoteResponse = { quote: Quote }
/** GET /store/business/quotes (up to 100, newest first) */
export type StoreQuotesResponse = { quotes: Quote[] }
/** Requesting, reading, declining or renegotiating a quote (store). */
export type StoreQuoteResponse = { quote: StoreQuote }
/** GET /admin/quotes/:id/messages and /store/business/quotes/:id/messages */
export type QuoteMessagesResponse = { messages: QuoteMessage[] }
/** Posting to the thread (admin and store). */
export type QuoteMessageResponse = { message: QuoteMessage }
