/**
 * Bulk ordering as the storefronts see it (quick order, CSV/XLSX import, reorder): one report
 * row per input row. Declared once here; the routes answer it and the portal and shop read it.
 */

/** Why a row was not added, as data the storefronts act on. */
export const BULK_REFUSAL_CODES = [
  "missing_reference", // neither a SKU nor a variant id
  "unknown_sku", // no product variant has this SKU (or variant id)
  "not_in_channel", // the variant exists but is not sold (any more) through this storefront
  "invalid_quantity", // not a positive whole number
  "quantity_rule", // the cart would break the variant's minimum, maximum or multiple
  "out_of_stock", // the cart would hold more than is available
  "not_applied", // the row was fine, but all-or-nothing mode added nothing because of other rows
] as const
export type BulkRefusalCode = (typeof BULK_REFUSAL_CODES)[number]

/** `valid_only` (default): add the rows that pass, report the others. `all_or_nothing`: one bad row adds nothing. */
export const BULK_MODES = ["valid_only", "all_or_nothing"] as const
export type BulkMode = (typeof BULK_MODES)[number]

/** The most rows one request takes. */
export const MAX_BULK_LINES = 5000

export type BulkLineInput = { sku?: string | null; variant_id?: string | null; quantity?: number | string | null }

export type BulkRowReport = {
  /** 1-based position in the input (the file's data rows, without its header). */
  row: number
  sku: string | null
  variant_id: string | null
  /** The quantity asked for, as given when it is not a number. */
  quantity: number | string | null
  status: "added" | "refused"
  code?: BulkRefusalCode
  message?: string
  product_title?: string
  variant_title?: string
  /** Reorder only: the unit price paid then, when today's differs. */
  previous_unit_price?: number
  unit_price?: number
}

export type BulkAddResult = {
  cart_id: string
  mode: BulkMode
  /** Whether anything was written (false in all-or-nothing mode with a refused row). */
  applied: boolean
  added: number
  refused: number
  rows: BulkRowReport[]
}
