import { useNavigate } from "react-router"
import { ErrorBox } from "@storefronts/shared"
import { bulkAddLines, downloadOrderSheet, reorderInto } from "../api/bulk"
import { useBulkIntoCart } from "../cart/use-bulk-into-cart"
import { useUnitSession } from "../session/session-context"
import { BulkReport } from "./BulkReport"

/**
 * On the order page: "Order again" (the order's lines into the cart, the report below) for those
 * who may fill a cart, and the order as a CSV to edit first for anyone who may read it.
 */
export function ReorderButton({ orderId, currency }: { orderId: string; currency: string }) {
  const { unitHeaders, can } = useUnitSession()
  const { report, busy, error, run } = useBulkIntoCart()
  return (
    <div className="stack">
      <div className="row">
        {can("carts.update_own") && (
          <button type="button" data-testid="reorder" disabled={busy} onClick={() => void run("reorder", (cartId) => reorderInto(orderId, cartId, unitHeaders()))}>
            {busy ? "Adding to cart…" : "Order again"}
          </button>
        )}
        <button type="button" className="secondary" data-testid="order-download" onClick={() => void downloadOrderSheet(`/orders/${orderId}/export`, "order.csv", unitHeaders())}>
          Download as CSV
        </button>
      </div>
      <ErrorBox message={error} />
      {report && (
        <BulkReport
          key={report.rows.map((r) => `${r.row}${r.status}`).join()}
          report={report}
          currency={currency}
          busy={busy}
          onResubmit={(lines) => void run("resubmit", (cartId) => bulkAddLines(cartId, lines, unitHeaders()))}
        />
      )}
    </div>
  )
}

/** "Order again" in the order list: reorders, then opens the cart with the report. */
export function ReorderRowButton({ orderId }: { orderId: string }) {
  const { unitHeaders, can } = useUnitSession()
  const { busy, error, run } = useBulkIntoCart()
  const navigate = useNavigate()
  if (!can("carts.update_own")) return null
  async function reorder() {
    const report = await run("reorder", (cartId) => reorderInto(orderId, cartId, unitHeaders()))
    if (report) navigate("/cart", { state: { report } })
  }
  return (
    <>
      <button type="button" className="secondary small" data-testid={`reorder-${orderId}`} disabled={busy} onClick={(e) => { e.stopPropagation(); void reorder() }}>
        {busy ? "Adding…" : "Order again"}
      </button>
      {error && <span className="error-text"> {error}</span>}
    </>
  )
}
