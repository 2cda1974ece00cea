import { useState } from "react"
import { Async, formatMoney, useAsync } from "@storefronts/shared"
import { getStatement, listInvoices } from "../api/invoices"
import { storeInvoicePdfPath, type AgingBucket, type Invoice, type Statement } from "../../../../src/lib/net-terms/contract"
import { InvoiceCharges } from "../components/InvoiceCharges"
import { InvoicePdfButton } from "../components/InvoicePdfButton"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { StatusBadge } from "../components/StatusBadge"
import { formatDate, formatTerms } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"
import { Pager } from "../components/Pager"

const PAGE_SIZE = 20
const BUCKETS: { key: AgingBucket; label: string }[] = [
  { key: "current", label: "Current" },
  { key: "1-30", label: "1–30 days" },
  { key: "31-60", label: "31–60 days" },
  { key: "61-90", label: "61–90 days" },
  { key: "90+", label: "90+ days" },
]
const NO_TERMS = "This unit has no net terms: orders are paid at checkout."

export function InvoicesPage() {
  usePageTitle("Invoices")
  return (
    <Permitted anyOf={["invoices.view"]}>
      <Invoices />
    </Permitted>
  )
}

function Invoices() {
  const { activeUnit, unitHeaders } = useUnitSession()
  const statement = useAsync(() => getStatement(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  return (
    <div className="stack">
      <PageHeader title="Invoices" subtitle={`Invoices and statement of ${activeUnit.name}`} />
      <Async state={statement}>{(data) => <StatementBlock statement={data} />}</Async>
      <InvoiceTable />
    </div>
  )
}

function StatementBlock({ statement }: { statement: Statement }) {
  const currency = statement.credit?.currency_code ?? statement.invoices[0]?.currency_code ?? "eur"
  return (
    <section className="card stack" data-testid="statement">
      <div className="row spread">
        <h2>Statement</h2>
        <span className="muted">as of {formatDate(statement.as_of)}</span>
      </div>
      {statement.credit ? (
        <div className="stat-grid">
          <div className="stat"><span>Payment terms</span><strong>{formatTerms(statement.terms)}</strong></div>
          <div className="stat"><span>Credit limit</span><strong data-testid="credit-limit">{formatMoney(statement.credit.limit, currency)}</strong></div>
          <div className="stat"><span>Used</span><strong data-testid="credit-used">{formatMoney(statement.credit.used, currency)}</strong></div>
          <div className="stat"><span>Available</span><strong data-testid="statement-available">{formatMoney(statement.credit.available, currency)}</strong></div>
        </div>
      ) : (
        <p className="muted">{NO_TERMS}</p>
      )}
      <div>
        <h3>Open amounts by age</h3>
        <div className="aging">
          {BUCKETS.map(({ key, label }) => (
            <div key={key} className={`aging-bucket${key !== "current" && statement.aging[key] > 0 ? " late" : ""}`} data-testid={`aging-${key}`}>
              <span>{label}</span>
              <strong>{formatMoney(statement.aging[key] ?? 0, currency)}</strong>
            </div>
          ))}
          <div className="aging-bucket total">
            <span>Total open</span>
            <strong>{formatMoney(statement.total_open, currency)}</strong>
          </div>
        </div>
      </div>
    </section>
  )
}

function InvoiceTable() {
  const { activeUnit, unitHeaders } = useUnitSession()
  const [offset, setOffset] = useState(0)
  const invoices = useAsync(() => listInvoices(activeUnit.id, { limit: PAGE_SIZE, offset }, unitHeaders()), [activeUnit.id, offset, unitHeaders])
  return (
    <section className="stack">
      <h2>Invoices</h2>
      <Async state={invoices}>
        {({ invoices: list, count }) =>
          list.length === 0 ? (
            <EmptyState title="No invoices yet">
              <p className="muted">Orders paid on net terms are invoiced here.</p>
            </EmptyState>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th>Invoice</th>
                      <th>PO</th>
                      <th>Issued</th>
                      <th>Due</th>
                      <th>Status</th>
                      <th className="num">Total</th>
                      <th className="num">Open</th>
                      <th aria-label="Download" />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((invoice) => (
                      <InvoiceRow key={invoice.id} invoice={invoice} />
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager count={count} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />
            </>
          )
        }
      </Async>
    </section>
  )
}

function InvoiceRow({ invoice }: { invoice: Invoice }) {
  const { activeUnit } = useUnitSession()
  const overdue = invoice.days_overdue > 0
  return (
    <tr data-testid="invoice-row" data-status={invoice.status}>
      <td><strong>{invoice.number}</strong>{invoice.order_display_id ? <div className="muted small-print">order #{invoice.order_display_id}</div> : null}</td>
      <td>{invoice.po_number ?? "–"}</td>
      <td>{formatDate(invoice.issued_at)}</td>
      <td>
        {invoice.due_date ? formatDate(invoice.due_date) : "on fulfilment"}
        {overdue && <div className="error-text small-print">{invoice.days_overdue} days overdue</div>}
      </td>
      <td><StatusBadge status={invoice.status} /></td>
      <td className="num">
        <details className="invoice-charges">
          <summary>{formatMoney(invoice.total, invoice.currency_code)}</summary>
          <InvoiceCharges charges={invoice} currency={invoice.currency_code} />
        </details>
      </td>
      <td className="num">{formatMoney(invoice.open_amount, invoice.currency_code)}</td>
      <td className="num">
        <InvoicePdfButton path={storeInvoicePdfPath(activeUnit.id, invoice.id)} number={invoice.number} />
      </td>
    </tr>
  )
}
