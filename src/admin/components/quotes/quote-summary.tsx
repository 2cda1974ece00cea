import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatDateTime } from "../../lib/format"
import type { Quote } from "../../../lib/quotes/contract"
import { KeyValueRow } from "../common/section"
import { QuoteStatusBadge } from "../common/status-badges"
import { WithdrawQuoteDrawer } from "./withdraw-quote-drawer"

/** Who asked, for which unit, when; the buyer's comment; the order once accepted. */
export function QuoteSummary({ quote, unitName }: { quote: Quote; unitName?: string }) {
  return (
    <Container className="divide-y p-0" data-testid="quote-summary">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">Quote</Heading>
            <QuoteStatusBadge status={quote.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {quote.id}
          </Text>
        </div>
        {quote.next_actions.includes("withdraw") && <WithdrawQuoteDrawer quoteId={quote.id} />}
      </div>
      <KeyValueRow label="Business unit">
        <Link to={`/business-units/${quote.business_unit_id}`} className="text-ui-fg-interactive hover:underline">
          {unitName ?? quote.business_unit_id}
        </Link>
      </KeyValueRow>
      <KeyValueRow label="Requested by">
        <Link to={`/customers/${quote.customer_id}`} className="text-ui-fg-interactive hover:underline">
          {quote.email}
        </Link>
      </KeyValueRow>
      <KeyValueRow label="Requested">{formatDateTime(quote.created_at)}</KeyValueRow>
      <KeyValueRow label="PO number">{quote.po_number}</KeyValueRow>
      <KeyValueRow label="Valid until">{formatDate(quote.valid_until)}</KeyValueRow>
      {quote.buyer_comment && (
        <div className="flex flex-col gap-y-1 px-6 py-3">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            Buyer's comment
          </Text>
          <Text size="small" className="whitespace-pre-wrap">
            {quote.buyer_comment}
          </Text>
        </div>
      )}
      {quote.order_id && (
        <KeyValueRow label="Order">
          <Link to={`/orders/${quote.order_id}`} className="text-ui-fg-interactive hover:underline" data-testid="quote-order-link">
            View order
          </Link>
        </KeyValueRow>
      )}
    </Container>
  )
}
