import { Table, Text } from "@medusajs/ui"
import { formatMoney } from "../../lib/format"
import { taxName, type Invoice } from "../../../lib/net-terms/contract"
import { Section } from "../common/section"

/** The invoiced lines at net amounts with their tax rate; the totals are in the invoice summary. */
export function InvoiceLinesSection({ invoice }: { invoice: Invoice }) {
  const money = (n: number) => formatMoney(n, invoice.currency_code)
  return (
    <Section title="Lines" data-testid="invoice-lines">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{taxName(invoice.currency_code)}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Net amount</Table.HeaderCell>
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
              <Table.Cell className="text-right">{line.tax_rate}%</Table.Cell>
              <Table.Cell className="text-right">{money(line.subtotal)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
  )
}
