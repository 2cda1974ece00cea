import { Table, Text } from "@medusajs/ui"
import { formatDateTime, formatMoney } from "../../lib/format"
import type { Invoice } from "../../../lib/net-terms/contract"
import { EmptyState } from "../common/page-states"
import { Section } from "../common/section"
import { RecordPaymentForm } from "./record-payment-form"

const PAYABLE = ["open", "partially_paid", "overdue"]

export function InvoicePaymentsSection({ invoice }: { invoice: Invoice }) {
  const payments = invoice.payments ?? []
  return (
    <Section
      title="Payments"
      description={`Paid ${formatMoney(invoice.paid_amount, invoice.currency_code)} · open ${formatMoney(invoice.open_amount, invoice.currency_code)}`}
      data-testid="invoice-payments"
    >
      {payments.length === 0 ? (
        <EmptyState title="No payments recorded" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Paid</Table.HeaderCell>
              <Table.HeaderCell>Reference</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {payments.map((payment) => (
              <Table.Row key={payment.id} data-testid="invoice-payment-row">
                <Table.Cell>{formatDateTime(payment.paid_at)}</Table.Cell>
                <Table.Cell>{payment.reference ?? "-"}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(payment.amount, invoice.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {PAYABLE.includes(invoice.status) ? (
        <RecordPaymentForm invoice={invoice} />
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {invoice.status === "paid" ? "The invoice is paid in full." : "A void invoice takes no payments."}
        </Text>
      )}
    </Section>
  )
}
