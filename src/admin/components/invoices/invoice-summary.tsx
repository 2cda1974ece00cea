import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { termsLabel } from "../../lib/labels"
import type { Invoice, InvoiceAddress } from "../../../lib/net-terms/contract"
import { KeyValueRow } from "../common/section"
import { InvoiceStatusBadge } from "../common/status-badges"
import { DownloadPdfButton } from "../common/download-pdf-button"
import { VoidInvoiceDrawer } from "./void-invoice-drawer"
import { InvoiceAmounts } from "./invoice-amounts"

const addressText = (a: InvoiceAddress) =>
  a
    ? [a.company, [a.first_name, a.last_name].filter(Boolean).join(" "), a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.country_code?.toUpperCase()]
        .filter(Boolean)
        .join(", ")
    : null

/** Number and status, the order, unit, PO, terms and dates, the amounts, seller and buyer; PDF and void. */
export function InvoiceSummary({ invoice, unitName, holderName }: { invoice: Invoice; unitName?: string; holderName?: string }) {
  const canVoid = invoice.status !== "void" && invoice.status !== "paid" && invoice.paid_amount === 0
  return (
    <Container className="divide-y p-0" data-testid="invoice-summary">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h1" data-testid="invoice-number">
            {invoice.number}
          </Heading>
          <InvoiceStatusBadge status={invoice.status} testId="invoice-status" />
        </div>
        <div className="flex items-center gap-x-2">
          <DownloadPdfButton path={`/admin/invoices/${invoice.id}/pdf`} filename={`${invoice.number}.pdf`} testId="download-invoice-pdf" />
          {canVoid && <VoidInvoiceDrawer invoice={invoice} />}
        </div>
      </div>
      {invoice.status === "void" && (
        <div className="px-6 py-3" data-testid="invoice-void-reason">
          <Text size="small" className="text-ui-fg-error">
            Void{invoice.voided_at ? ` since ${formatDate(invoice.voided_at)}` : ""}: {invoice.void_reason ?? "no reason given"}
          </Text>
        </div>
      )}
      <KeyValueRow label="Order">
        <Link to={`/orders/${invoice.order_id}`} className="text-ui-fg-interactive hover:underline">
          {invoice.order_display_id ? `#${invoice.order_display_id}` : invoice.order_id}
        </Link>
      </KeyValueRow>
      <KeyValueRow label="Business unit">
        <Link to={`/business-units/${invoice.business_unit_id}`} className="text-ui-fg-interactive hover:underline">
          {unitName ?? invoice.business_unit_id}
        </Link>
      </KeyValueRow>
      {invoice.credit_holder_id !== invoice.business_unit_id && (
        <KeyValueRow label="Credit of">
          <Link to={`/business-units/${invoice.credit_holder_id}`} className="text-ui-fg-interactive hover:underline">
            {holderName ?? invoice.credit_holder_id}
          </Link>
        </KeyValueRow>
      )}
      <KeyValueRow label="PO number">{invoice.po_number}</KeyValueRow>
      <KeyValueRow label="Terms">{termsLabel(invoice.terms)}</KeyValueRow>
      <KeyValueRow label="Issued">{formatDate(invoice.issued_at)}</KeyValueRow>
      <KeyValueRow label="Due">
        <span className={invoice.days_overdue > 0 ? "text-ui-fg-error" : undefined} data-testid="invoice-due-date">
          {invoice.due_date ? formatDate(invoice.due_date) : "On fulfilment"}
          {invoice.days_overdue > 0 ? ` (${invoice.days_overdue} days late)` : ""}
        </span>
      </KeyValueRow>
      <InvoiceAmounts invoice={invoice} />
      <KeyValueRow label="Seller">
        {invoice.seller.legal_name} · VAT ID {invoice.seller.vat_id}
      </KeyValueRow>
      <KeyValueRow label="Buyer">
        {[invoice.buyer?.company, invoice.buyer?.unit !== invoice.buyer?.company ? invoice.buyer?.unit : null].filter(Boolean).join(" · ") || "-"}
      </KeyValueRow>
      <KeyValueRow label="Buyer's VAT ID">{invoice.buyer?.tax_id}</KeyValueRow>
      <KeyValueRow label="Ordered by">{invoice.email}</KeyValueRow>
      <KeyValueRow label="Billing address">{addressText(invoice.billing_address)}</KeyValueRow>
      <KeyValueRow label="Shipping address">{addressText(invoice.shipping_address)}</KeyValueRow>
    </Container>
  )
}
