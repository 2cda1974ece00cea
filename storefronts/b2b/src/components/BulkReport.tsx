import { useState } from "react"
import { Link } from "react-router"
import { formatMoney, PriceTaxNote } from "@storefronts/shared"
import type { BulkAddResult, BulkRowReport } from "../api/bulk"

type Fix = { sku: string; quantity: string }

const given = (value: unknown) => (value === null || value === undefined ? "" : String(value))

/**
 * A bulk add's report, one row per input row, from data (status and refusal code). Refused
 * rows can be corrected in place and sent again in one request (`onResubmit`).
 */
export function BulkReport({ report, currency, onResubmit, busy }: { report: BulkAddResult; currency: string; onResubmit?: (lines: Fix[]) => void; busy?: boolean }) {
  const refused = report.rows.filter((row) => row.status === "refused")
  const [fixes, setFixes] = useState<Record<number, Fix>>(() => Object.fromEntries(refused.map((row) => [row.row, { sku: given(row.sku), quantity: given(row.quantity) }])))
  const edit = (row: number, change: Partial<Fix>) => setFixes((current) => ({ ...current, [row]: { ...current[row], ...change } }))

  return (
    <section className="card stack" aria-live="polite" data-testid="bulk-report" data-applied={report.applied}>
      <div className="page-header">
        <h2>Result</h2>
        <div className="row">
          <span className="muted" data-testid="bulk-summary">
            {report.applied ? `${report.added} added, ${report.refused} refused.` : `Nothing added: ${report.refused} row${report.refused === 1 ? "" : "s"} to fix.`}
          </span>
          {onResubmit && refused.length > 0 && (
            <button type="button" className="secondary small" data-testid="resubmit-refused" disabled={busy} onClick={() => onResubmit(refused.map((row) => fixes[row.row]))}>
              Add the corrected rows
            </button>
          )}
          {report.added > 0 && <Link to="/cart" className="button small">Go to the cart</Link>}
        </div>
      </div>
      <div className="table-wrap">
        <table data-testid="quick-order-report">
          <thead>
            <tr>
              <th className="num">Row</th>
              <th>SKU</th>
              <th>Product</th>
              <th className="num">Quantity</th>
              <th>Result</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.row} data-testid="quick-order-result" data-status={row.status} data-code={row.code ?? ""}>
                <td className="num">{row.row}</td>
                <td>
                  {row.status === "refused" && onResubmit ? (
                    <input aria-label={`SKU, row ${row.row}`} data-testid={`fix-sku-${row.row}`} value={fixes[row.row]?.sku ?? ""} onChange={(e) => edit(row.row, { sku: e.target.value })} />
                  ) : (
                    <code>{row.sku || "–"}</code>
                  )}
                </td>
                <td>{[row.product_title, row.variant_title].filter(Boolean).join(", ") || "–"}</td>
                <td className="num">
                  {row.status === "refused" && onResubmit ? (
                    <input className="qty-input" inputMode="numeric" aria-label={`Quantity, row ${row.row}`} data-testid={`fix-quantity-${row.row}`} value={fixes[row.row]?.quantity ?? ""} onChange={(e) => edit(row.row, { quantity: e.target.value })} />
                  ) : (
                    given(row.quantity) || "–"
                  )}
                </td>
                <td className={row.status === "added" ? "ok-text" : "error-text"}>{resultText(row, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function resultText(row: BulkRowReport, currency: string) {
  if (row.status === "refused") return `Refused: ${row.message ?? row.code}`
  if (row.previous_unit_price !== undefined && row.unit_price !== undefined) {
    return (
      <>
        Added, now {formatMoney(row.unit_price, currency)} a unit (was {formatMoney(row.previous_unit_price, currency)}) <PriceTaxNote channel="wholesale" currency={currency} />
      </>
    )
  }
  return "Added"
}
