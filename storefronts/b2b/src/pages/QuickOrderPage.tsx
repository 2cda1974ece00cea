import { ChangeEvent, FormEvent, useRef, useState } from "react"
import { Link } from "react-router"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { loadSkuIndex, normalizeSku, SkuEntry } from "../lib/catalog"
import { OrderLineInput, parseOrderCsv, parseQuantity } from "../lib/order-csv"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

type Row = OrderLineInput & { key: number }
type Result = OrderLineInput & { status: "added" | "refused"; reason?: string; title?: string }

let nextKey = 1
const blankRow = (): Row => ({ key: nextKey++, sku: "", quantity: "" })
const isBlank = (row: OrderLineInput) => !row.sku.trim() && !row.quantity.trim()

export function QuickOrderPage() {
  usePageTitle("Quick order")
  return (
    <Permitted anyOf={["carts.update_own"]}>
      <QuickOrder />
    </Permitted>
  )
}

function QuickOrder() {
  const { unitHeaders } = useUnitSession()
  const { addItem } = useCart()
  const [rows, setRows] = useState<Row[]>(() => [blankRow(), blankRow(), blankRow()])
  const [results, setResults] = useState<Result[] | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [csvNote, setCsvNote] = useState<string | null>(null)
  // The catalog's SKU index is loaded once per visit to this page, on first submit.
  const skuIndex = useRef<Promise<Map<string, SkuEntry>> | null>(null)

  const updateRow = (key: number, change: Partial<OrderLineInput>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)))
  const removeRow = (key: number) => setRows((current) => (current.length > 1 ? current.filter((row) => row.key !== key) : [blankRow()]))

  async function onCsv(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = "" // the same file can be chosen again after editing it
    if (!file) return
    setError(null)
    try {
      const parsed = parseOrderCsv(await file.text())
      if (!parsed.length) {
        setCsvNote(null)
        setError(`${file.name} has no order lines (expected lines of SKU,quantity).`)
        return
      }
      setRows((current) => [...current.filter((row) => !isBlank(row)), ...parsed.map((line) => ({ ...line, key: nextKey++ }))])
      setCsvNote(`${parsed.length} line${parsed.length === 1 ? "" : "s"} read from ${file.name}. Check them, then add them to the cart.`)
    } catch (err) {
      setError(`${file.name} could not be read: ${errorMessage(err)}`)
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const lines = rows.filter((row) => !isBlank(row))
    if (!lines.length) {
      setError("Enter at least one SKU and quantity, or upload a CSV file.")
      return
    }
    setSubmitting(true)
    setError(null)
    setResults([])
    try {
      skuIndex.current ??= loadSkuIndex(unitHeaders()).catch((err) => {
        skuIndex.current = null
        throw err
      })
      const index = await skuIndex.current
      const done: Result[] = []
      // One by one, in the given order: each add sees what the cart already holds (quantity rules count it).
      for (const line of lines) {
        const result = await addLine(line, index)
        done.push(result)
        setResults([...done])
      }
      // The report keeps what happened; the form starts over (refused lines can be brought back to fix).
      setRows([blankRow(), blankRow(), blankRow()])
      setCsvNote(null)
    } catch (err) {
      setError(`The catalog could not be loaded: ${errorMessage(err)}`)
    } finally {
      setSubmitting(false)
    }
  }

  async function addLine(line: OrderLineInput, index: Map<string, SkuEntry>): Promise<Result> {
    const entry = index.get(normalizeSku(line.sku))
    if (!line.sku.trim()) return { ...line, status: "refused", reason: "SKU is missing" }
    if (!entry) return { ...line, status: "refused", reason: "Unknown SKU" }
    const quantity = parseQuantity(line.quantity)
    if (quantity === null) return { ...line, status: "refused", reason: "Quantity must be a positive whole number", title: entry.productTitle }
    try {
      await addItem(entry.variantId, quantity)
      return { ...line, sku: entry.sku, status: "added", title: entry.productTitle }
    } catch (err) {
      return { ...line, status: "refused", reason: errorMessage(err), title: entry.productTitle }
    }
  }

  function retryRefused() {
    const refusedLines = (results ?? []).filter((r) => r.status === "refused")
    setRows(refusedLines.map((r) => ({ sku: r.sku, quantity: r.quantity, key: nextKey++ })))
  }

  const added = results?.filter((r) => r.status === "added").length ?? 0
  const refused = results?.filter((r) => r.status === "refused").length ?? 0
  return (
    <div className="stack">
      <PageHeader title="Quick order" subtitle="Type SKUs and quantities, or upload a CSV file with lines of SKU,quantity." />
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
          <div className="row">
            <button type="button" className="secondary" data-testid="add-row" onClick={() => setRows((current) => [...current, blankRow()])}>Add row</button>
            <button type="submit" data-testid="quick-order-submit" disabled={submitting}>
              {submitting ? "Adding to cart…" : "Add all to cart"}
            </button>
          </div>
          <ErrorBox message={error} />
        </form>
        <div className="card stack csv-card">
          <h2>Upload a CSV</h2>
          <p className="muted">One line per SKU: <code>SKU,quantity</code>. A header line, semicolons and blank lines are fine.</p>
          <input type="file" data-testid="csv-upload" accept=".csv,text/csv" onChange={(e) => void onCsv(e)} />
          {csvNote && <p className="notice" role="status">{csvNote}</p>}
        </div>
      </div>
      {results && (
        <section className="card stack" aria-live="polite">
          <div className="page-header">
            <h2>Result</h2>
            {!submitting && (
              <div className="row">
                <span className="muted">{added} added, {refused} refused.</span>
                {refused > 0 && (
                  <button type="button" className="secondary small" data-testid="retry-refused" onClick={retryRefused}>
                    Fix refused lines
                  </button>
                )}
                {added > 0 && <Link to="/cart" className="button small">Go to the cart</Link>}
              </div>
            )}
          </div>
          <div className="table-wrap">
            <table data-testid="quick-order-report">
              <thead>
                <tr>
                  <th>SKU</th>
                  <th>Product</th>
                  <th className="num">Quantity</th>
                  <th>Result</th>
                </tr>
              </thead>
              <tbody>
                {results.map((r, i) => (
                  <tr key={i} data-testid="quick-order-result" data-status={r.status}>
                    <td><code>{r.sku || "–"}</code></td>
                    <td>{r.title ?? "–"}</td>
                    <td className="num">{r.quantity || "–"}</td>
                    <td className={r.status === "added" ? "ok-text" : "error-text"}>{r.status === "added" ? "Added" : `Refused: ${r.reason}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  )
}
