import { BulkRowReport } from "./contract"

/**
 * Reorder tells the buyer when today's price of a line differs from what the past order paid:
 * each added row gets the old and the new unit price.
 */
export function notePriceChanges(rows: BulkRowReport[], paid: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>) {
  for (const row of rows) {
    if (row.status !== "added" || !row.variant_id) continue
    const before = paid.get(row.variant_id)
    const now = current.get(row.variant_id)
    if (before !== undefined && now !== undefined && Math.abs(before - now) >= 0.005) {
      row.previous_unit_price = before
      row.unit_price = now
    }
  }
  return rows
}
