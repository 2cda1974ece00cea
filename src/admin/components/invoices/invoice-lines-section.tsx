import { Table, Text } from "@medusajs/ui"
import { formatMoney } from "../../lib/format"
import type { Invoice } from "../../../lib/net-terms/contract"
import { Section } from "../common/section"

export function InvoiceLinesSection({ invoice }: { invoice: Invoice }) {
  const money = (n: number) => formatMoney(n, invoice.currency_code)
  const itemTotal = Math.round((invoice.lines ?? []).reduce((sum, l) => sum + Number(l.total ?? 0), 0) * 100) / 100
  return (
    <Section title="Lines" data-testid="invoice-lines">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(invoice.lines ?? []).map((line, i) => (
            <Table.Row key={i} data-testid="invoice-line">
              <Table.Cell>
                <div className="flex flex-col py-1">
                  <Text size="small" weight="plus">
                    {line.title}
                  </Text>
                  {line.variant && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {line.variant}
                    </Text>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>{line.sku ?? "-"}</Table.Cell>
              <Table.Cell className="text-right">{line.quantity}</Table.Cell>
              <Table.Cell className="text-right">{money(line.unit_price)}</Table.Cell>
              <Table.Cell className="text-right">{money(line.total)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-col items-end gap-y-1 px-6 py-4" data-testid="invoice-totals">
        <Total label="Items" value={money(itemTotal)} />
        {invoice.discount_total > 0 && <Total label="Discount" value={`−${money(invoice.discount_total)}`} />}
        <Total label="Shipping" value={money(invoice.shipping_total)} />
        <Total label="Tax" value={money(invoice.tax_total)} />
        <Total label="Total" value={money(invoice.total)} strong testId="invoice-total" />
        <Total label="Paid" value={money(invoice.paid_amount)} />
        <Total label="Open" value={money(invoice.open_amount)} strong testId="invoice-open-amount" />
      </div>
    </Section>
  )
}

function Total({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className="flex w-72 justify-between">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" weight={strong ? "plus" : "regular"} data-testid={testId}>
        {value}
      </Text>
    </div>
  )
}
