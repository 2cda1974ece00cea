import { Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { formatDate, formatMoney } from "../../lib/format"
import type { Invoice } from "../../../lib/net-terms/contract"
import { InvoiceStatusBadge } from "../common/status-badges"

type InvoiceSummary = Pick<
  Invoice,
  "id" | "number" | "status" | "po_number" | "issued_at" | "due_date" | "total" | "open_amount" | "days_overdue" | "currency_code" | "order_display_id"
> & { aging_bucket?: string }

/** Invoices with number, status, PO, dates, total and what is still open; a row opens the invoice. */
export function InvoiceTable({ invoices, showAging = false }: { invoices: InvoiceSummary[]; showAging?: boolean }) {
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Number</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Order</Table.HeaderCell>
          <Table.HeaderCell>PO</Table.HeaderCell>
          <Table.HeaderCell>Issued</Table.HeaderCell>
          <Table.HeaderCell>Due</Table.HeaderCell>
          {showAging && <Table.HeaderCell>Aging</Table.HeaderCell>}
          <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Open</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {invoices.map((invoice) => (
          <Table.Row
            key={invoice.id}
            className="cursor-pointer"
            onClick={() => navigate(`/invoices/${invoice.id}`)}
            data-testid="invoice-row"
            data-invoice-id={invoice.id}
            data-status={invoice.status}
          >
            <Table.Cell>
              <Text size="small" weight="plus">
                {invoice.number}
              </Text>
            </Table.Cell>
            <Table.Cell>
              <InvoiceStatusBadge status={invoice.status} />
            </Table.Cell>
            <Table.Cell>{invoice.order_display_id ? `#${invoice.order_display_id}` : "-"}</Table.Cell>
            <Table.Cell>{invoice.po_number ?? "-"}</Table.Cell>
            <Table.Cell>{formatDate(invoice.issued_at)}</Table.Cell>
            <Table.Cell>
              <span className={invoice.days_overdue > 0 ? "text-ui-fg-error" : undefined}>
                {invoice.due_date ? formatDate(invoice.due_date) : "On fulfilment"}
                {invoice.days_overdue > 0 ? ` (${invoice.days_overdue} d late)` : ""}
              </span>
            </Table.Cell>
            {showAging && <Table.Cell>{invoice.aging_bucket ?? "-"}</Table.Cell>}
            <Table.Cell className="text-right">{formatMoney(invoice.total, invoice.currency_code)}</Table.Cell>
            <Table.Cell className="text-right">{formatMoney(invoice.open_amount, invoice.currency_code)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
