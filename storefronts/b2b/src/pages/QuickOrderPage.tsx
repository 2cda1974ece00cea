import { ChangeEvent, FormEvent, useState } from "react"
import { ErrorBox } from "@storefronts/shared"
import type { BulkLineInput } from "../../../../src/lib/bulk-order/contract"
import { parseOrderSheet } from "../../../../src/lib/bulk-order/sheet"
import { bulkAddLines, downloadOrderSheet, importOrderSheet } from "../api/bulk"
import { useBulkIntoCart } from "../cart/use-bulk-into-cart"
import { BulkReport } from "../components/BulkReport"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

type Row = { key: number; sku: string; quantity: string }

let nextKey = 1
const blankRow = (): Row => ({ key: nextKey++, sku: "", quantity: "" })
const blankRows = () => [blankRow(), blankRow(), blankRow()]

export function QuickOrderPage() {
  usePageTitle("Quick order")
  return (
    <Permitted anyOf={["carts.update_own"]}>
      <QuickOrder />
    </Permitted>
  )
}

/**
 * Quick order: typed rows, a pasted spreadsheet range and uploaded CSV or XLSX files all go to
 * the backend in ONE request, which resolves the SKUs, checks every row and answers a report.
 */
function QuickOrder() {
  const { unitHeaders, activeUnit } = useUnitSession()
  const { report, progress, error, setError, run: send } = useBulkIntoCart()
  const [rows, setRows] = useState<Row[]>(blankRows)
  const [pasted, setPasted] = useState("")
  const [allOrNothing, setAllOrNothing] = useState(false)
  const mode = allOrNothing ? "all_or_nothing" : "valid_only"

  const updateRow = (key: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)))
  const removeRow = (key: number) => setRows((current) => (current.length > 1 ? current.filter((row) => row.key !== key) : [blankRow()]))

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const typed: BulkLineInput[] = rows.filter((row) => row.sku.trim() || row.quantity.trim()).map(({ sku, quantity }) => ({ sku, quantity }))
    const lines = [...typed, ...parseOrderSheet(pasted)]
    if (!lines.length) {
      setError("Type at least one SKU and quantity, paste rows from a spreadsheet, or upload a file.")
      return
    }
    if (await send(`Adding ${lines.length} line${lines.length === 1 ? "" : "s"}…`, (cartId) => bulkAddLines(cartId, lines, unitHeaders(), mode))) {
      setRows(blankRows())
      setPasted("")
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = "" // the same file can be chosen again after editing it
    if (file) await send(`Reading and adding ${file.name}…`, (cartId) => importOrderSheet(cartId, file, unitHeaders(), mode))
  }

  const resubmit = (lines: BulkLineInput[]) => void send(`Adding ${lines.length} corrected line${lines.length === 1 ? "" : "s"}…`, (cartId) => bulkAddLines(cartId, lines, unitHeaders(), mode))

  return (
    <div className="stack">
      <PageHeader
        title="Quick order"
        subtitle="Type SKUs and quantities, paste rows from a spreadsheet, or upload a CSV or XLSX file."
        actions={
          <button type="button" className="secondary small" data-testid="download-template" onClick={() => void downloadOrderSheet("/order-sheet-template", "order-sheet-template.csv", unitHeaders())}>
            Download the template
          </button>
        }
      />
      <div className="quick-order-layout">
        <form className="card stack" onSubmit={onSubmit}>
          <table className="quick-order-table">
            <thead>
              <tr>
                <th>SKU</th>
                <th className="num">Quantity</th>
                <th aria-label="Remove" />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key}>
                  <td>
                    <input name="sku" aria-label={`SKU, line ${i + 1}`} placeholder="e.g. SUP-OAT-1L" autoComplete="off" value={row.sku} onChange={(e) => updateRow(row.key, { sku: e.target.value })} />
                  </td>
                  <td className="num">
                    <input name="quantity" aria-label={`Quantity, line ${i + 1}`} inputMode="numeric" className="qty-input" value={row.quantity} onChange={(e) => updateRow(row.key, { quantity: e.target.value })} />
                  </td>
                  <td>
                    <button type="button" className="secondary small" aria-label={`Remove line ${i + 1}`} onClick={() => removeRow(row.key)}>×</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="secondary" data-testid="add-row" onClick={() => setRows((current) => [...current, blankRow()])}>Add row</button>
          <label className="stack">
            <span>Or paste rows from a spreadsheet (SKU and quantity columns)</span>
            <textarea name="pasted" data-testid="quick-order-paste" rows={5} placeholder={"SUP-OAT-1L\t12\nCOF-ESP-CASE6\t2"} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </label>
          <label className="check-row">
            <input type="checkbox" data-testid="all-or-nothing" checked={allOrNothing} onChange={(e) => setAllOrNothing(e.target.checked)} />
            <span>Add nothing if any row is refused</span>
          </label>
          <div className="row">
            <button type="submit" data-testid="quick-order-submit" disabled={!!progress}>Add all to cart</button>
          </div>
          <ErrorBox message={error} />
        </form>
        <div className="card stack csv-card">
          <h2>Upload an order sheet</h2>
          <p className="muted">A CSV (commas, semicolons or tabs) or an Excel workbook (.xlsx) with SKU and quantity columns; a header row is optional.</p>
          <input type="file" data-testid="csv-upload" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={!!progress} onChange={(e) => void onFile(e)} />
        </div>
      </div>
      {progress && (
        <p className="notice" role="status" data-testid="quick-order-progress">
          <progress /> {progress}
        </p>
      )}
      {report && <BulkReport key={report.rows.map((r) => `${r.row}${r.status}`).join()} report={report} currency={activeUnit?.currency_code ?? "eur"} busy={!!progress} onResubmit={resubmit} />}
    </div>
  )
}
