import { Link } from "react-router"
import { Async, formatMoney, useAsync } from "@storefronts/shared"
import { listQuotes } from "../api/quotes"
import { ClickableRow, RowLink } from "../components/ClickableRow"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { StatusBadge } from "../components/StatusBadge"
import { formatDate, shortRef } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

export function QuotesPage() {
  usePageTitle("Quotes")
  return (
    <Permitted anyOf={["quotes.view_own", "quotes.view_others"]}>
      <QuoteList />
    </Permitted>
  )
}

function QuoteList() {
  const { unitHeaders, units, customer, can } = useUnitSession()
  const quotes = useAsync(() => listQuotes(unitHeaders()), [unitHeaders])
  return (
    <div className="stack">
      <PageHeader title="Quotes" subtitle="Ask for a quote from the cart; accept an offer to turn it into an order." />
      <Async state={quotes}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No quotes yet">
              <p className="muted">
                {can("quotes.request") ? <>Fill a cart and choose “Request quote” to ask for a price. <Link to="/cart">Go to the cart</Link></> : "Quotes of your colleagues will show up here."}
              </p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="clickable">
                <thead>
                  <tr>
                    <th>Quote</th>
                    <th>Requested</th>
                    <th>Unit</th>
                    <th>Requested by</th>
                    <th>PO</th>
                    <th className="num">Lines</th>
                    <th className="num">Total</th>
                    <th>Valid until</th>
                    <th>Status</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((quote) => (
                    <ClickableRow key={quote.id} to={`/quotes/${quote.id}`} data-testid="quote-row" data-status={quote.status}>
                      <td><RowLink to={`/quotes/${quote.id}`}>Q-{shortRef(quote.id)}</RowLink></td>
                      <td>{formatDate(quote.created_at)}</td>
                      <td>{units.find((u) => u.id === quote.business_unit_id)?.name ?? "–"}</td>
                      <td>{quote.customer_id === customer.id ? "You" : quote.email}</td>
                      <td>{quote.po_number ?? "–"}</td>
                      <td className="num">{quote.lines.length}</td>
                      <td className="num">{formatMoney(quote.offer.total, quote.currency_code)}</td>
                      <td>{quote.status === "sent" ? formatDate(quote.valid_until) : "–"}</td>
                      <td><StatusBadge status={quote.status} /></td>
                    </ClickableRow>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </div>
  )
}
