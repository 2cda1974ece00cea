import { Link, useParams } from "react-router"
import { Async, formatMoney, PriceTaxNote, taxTotalLine, useAsync } from "@storefronts/shared"
import { getQuote } from "../api/quotes"
import type { StoreQuote } from "../../../../src/lib/quotes/contract"
import { PageHeader } from "../components/PageHeader"
import { QuoteActions } from "../components/QuoteActions"
import { QuoteMessages } from "../components/QuoteMessages"
import { Permitted } from "../components/Permitted"
import { StatusBadge } from "../components/StatusBadge"
import { formatDate, formatDateTime, shortRef } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

export function QuoteDetailPage() {
  usePageTitle("Quote")
  return (
    <Permitted anyOf={["quotes.view_own", "quotes.view_others"]}>
      <QuoteLoader />
    </Permitted>
  )
}

function QuoteLoader() {
  const { id = "" } = useParams()
  const { unitHeaders } = useUnitSession()
  const quote = useAsync(() => getQuote(id, unitHeaders()), [id, unitHeaders])
  return (
    <div className="stack">
      <Link to="/quotes" className="muted">← All quotes</Link>
      <Async state={quote}>{(data) => <QuoteView quote={data} reload={quote.reload} />}</Async>
    </div>
  )
}

/** Answering needs "respond" rights in the quote's unit: own quotes or colleagues' ones. */
function useCanRespond(quote: StoreQuote) {
  const { units, customer } = useUnitSession()
  const permissions = units.find((u) => u.id === quote.business_unit_id)?.my_permissions ?? []
  return permissions.includes(quote.customer_id === customer.id ? "quotes.respond_own" : "quotes.respond_others")
}

function QuoteView({ quote, reload }: { quote: StoreQuote; reload: () => void }) {
  const canRespond = useCanRespond(quote)
  const offered = quote.lines.every((l) => l.offered_unit_price != null)
  const offerLine = new Map(quote.offer.lines.map((l) => [l.id, l]))
  const currency = quote.currency_code

  return (
    <>
      <PageHeader
        title={`Quote Q-${shortRef(quote.id)}`}
        subtitle={`Requested ${formatDateTime(quote.created_at)} by ${quote.email}${quote.po_number ? ` · PO ${quote.po_number}` : ""}`}
        actions={<StatusBadge status={quote.status} testId="quote-status" />}
      />
      <div className="quote-layout">
        <div className="stack">
          <section className="card stack">
            <h2>Lines</h2>
            <div className="table-wrap">
              <table data-testid="quote-lines">
                <thead>
                  <tr>
                    <th>SKU</th>
                    <th>Product</th>
                    <th className="num">Qty</th>
                    <th className="num">Requested unit price</th>
                    <th className="num">Offered unit price <PriceTaxNote channel="wholesale" currency={currency} /></th>
                    <th className="num">Line total</th>
                  </tr>
                </thead>
                <tbody>
                  {quote.lines.map((line) => (
                    <tr key={line.id} data-testid="quote-line">
                      <td><code>{line.sku ?? "–"}</code></td>
                      <td>{line.product_title}{line.variant_title && line.variant_title !== "Default" ? ` · ${line.variant_title}` : ""}</td>
                      <td className="num">{line.quantity}</td>
                      <td className="num">{formatMoney(line.requested_unit_price, currency)}</td>
                      <td className="num">{line.offered_unit_price == null ? <span className="muted">awaiting offer</span> : formatMoney(line.offered_unit_price, currency)}</td>
                      <td className="num">{formatMoney(offerLine.get(line.id)?.total, currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <QuoteMessages quote={quote} canRespond={canRespond} onSent={reload} />
        </div>
        <aside className="stack">
          <section className="card stack" data-testid="quote-offer">
            <h2>{offered ? "Offer" : "Awaiting offer"}</h2>
            <dl className="totals">
              <div><dt>Items <PriceTaxNote channel="wholesale" currency={currency} /></dt><dd>{formatMoney(quote.offer.item_total, currency)}</dd></div>
              {quote.discount_percent > 0 && <div><dt>Discount</dt><dd>{quote.discount_percent} % (included)</dd></div>}
              <div><dt>Shipping</dt><dd>{formatMoney(quote.offer.shipping_total, currency)}</dd></div>
              <div><dt>{taxTotalLine("wholesale", currency).name}</dt><dd data-testid="quote-tax">{quote.offer.tax_rates ? formatMoney(quote.offer.tax_total, currency) : "at checkout"}</dd></div>
              <div className="grand-total"><dt>Total</dt><dd data-testid="quote-total">{formatMoney(quote.offer.total, currency)}</dd></div>
            </dl>
            <p className="muted">
              Valid until: <strong data-testid="quote-valid-until">{formatDate(quote.valid_until)}</strong>
            </p>
            {!offered && <p className="muted">Until our sales team prices every line, totals show the prices at request time.</p>}
            {quote.merchant_comment && (
              <blockquote className="merchant-comment" data-testid="merchant-comment">
                <strong>From our sales team</strong>
                <p>{quote.merchant_comment}</p>
              </blockquote>
            )}
            {quote.buyer_comment && (
              <p className="muted">Your request: “{quote.buyer_comment}”</p>
            )}
          </section>
          <QuoteActions quote={quote} canRespond={canRespond} onChanged={reload} />
        </aside>
      </div>
    </>
  )
}
