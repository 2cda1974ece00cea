import { BulkRowReport } from "../bulk-order/contract"
import { Refusal, SUBMIT_FOR_APPROVAL } from "../business-cart/policy"

/**
 * What a due run does with the cart it built, decided from the bulk report of its lines and
 * the business-cart policy's refusals for the owner (README, "Recurring orders"). Lines no
 * longer sold are left out and reported; stock gone, nothing left, or any refusal other than
 * "needs approval" ends the run; needing approval (rules or budget) submits the cart.
 */

export type SkippedLine = { variant_id: string | null; sku: string | null; product_title: string | null; code: string; message: string | null }

export type RunVerdict =
  | { kind: "place"; skipped: SkippedLine[] }
  | { kind: "approval" | "fail"; code: string; message: string; skipped: SkippedLine[] }

/** Row refusals that leave the line out of this run while the order goes ahead. */
const LEFT_OUT = ["missing_reference", "unknown_sku", "not_in_channel", "quantity_rule", "invalid_quantity"]

export function runVerdict(rows: BulkRowReport[], refusals: Refusal[], cartLineCount: number): RunVerdict {
  const skipped = rows
    .filter((r) => r.status === "refused" && LEFT_OUT.includes(r.code ?? ""))
    .map((r) => ({ variant_id: r.variant_id, sku: r.sku, product_title: r.product_title ?? null, code: r.code!, message: r.message ?? null }))
  const soldOut = rows.filter((r) => r.status === "refused" && r.code === "out_of_stock")
  if (soldOut.length) {
    const names = soldOut.map((r) => r.product_title ?? r.sku ?? r.variant_id).join(", ")
    return { kind: "fail", code: "out_of_stock", message: `Not enough stock for: ${names}`, skipped }
  }
  if (cartLineCount === 0) {
    return { kind: "fail", code: "nothing_left", message: "None of the schedule's lines can be ordered any more", skipped }
  }
  const blocking = refusals.find((r) => !SUBMIT_FOR_APPROVAL.includes(r.code))
  if (blocking) return { kind: "fail", code: blocking.code, message: blocking.message, skipped }
  const approval = refusals.find((r) => SUBMIT_FOR_APPROVAL.includes(r.code))
  if (approval) return { kind: "approval", code: approval.code, message: approval.message, skipped }
  return { kind: "place", skipped }
}
