import { Link } from "react-router"
import { formatMoney } from "@storefronts/shared"
import type { OrderInvoice, OrderInvoiceState } from "../../../../src/lib/orders/contract"
import { formatDate, formatTerms } from "../lib/format"
import { InvoiceCharges } from "./InvoiceCharges"
import { InvoicePdfButton } from "./InvoicePdfButton"
import { StatusBadge } from "./StatusBadge"

/** The order's invoice as the backend says the caller may see it (issued, none, or withheld). */
export function OrderInvoiceCard({ state }: { state: OrderInvoiceState }) {
  return (
    <section className="card stack" data-testid="order-invoice" data-state={state.state}>
      <h2>Invoice</h2>
      {state.state === "none" && <p className="muted">Paid at checkout: this order has no invoice.</p>}
      {state.state === "withheld" && <p className="muted">Invoices are shown to roles that may view the unit's invoices (for example Finance).</p>}
      {state.state === "issued" && <IssuedInvoice invoice={state.invoice} />}
    </section>
  )
}

function IssuedInvoice({ invoice }: { invoice: OrderInvoice }) {
  const currency = invoice.currency_code
  return (
    <>
      <div className="row spread">
        <strong data-testid="order-invoice-number">{invoice.number}</strong>
        <StatusBadge status={invoice.status} testId="order-invoice-status" />
      </div>
      <dl className="facts">
        <div><dt>Terms</dt><dd>{formatTerms(invoice.terms)}</dd></div>
        <div><dt>Issued</dt><dd>{formatDate(invoice.issued_at)}</dd></div>
        <div>
          <dt>Due</dt>
          <dd>
            {invoice.due_date ? formatDate(invoice.due_date) : "on fulfilment"}
            {invoice.days_overdue > 0 && <div className="error-text small-print">{invoice.days_overdue} days overdue</div>}
          </dd>
        </div>
      </dl>
      <InvoiceCharges charges={invoice} currency={currency} />
      <dl className="facts">
        <div><dt>Paid</dt><dd>{formatMoney(invoice.paid_amount, currency)}</dd></div>
        <div><dt>Still open</dt><dd data-testid="order-invoice-open">{formatMoney(invoice.open_amount, currency)}</dd></div>
      </dl>
      <div className="row">
        <InvoicePdfButton path={invoice.pdf_url} number={invoice.number} />
        <Link to="/invoices" className="muted">All invoices</Link>
      </div>
    </>
  )
}
