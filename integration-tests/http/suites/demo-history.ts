import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../../../src/modules/approval"
import ApprovalModuleService from "../../../src/modules/approval/service"
import { netTermsModule } from "../../../src/modules/net-terms"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import QuoteModuleService from "../../../src/modules/quote/service"
import { seedDemoHistory } from "../../../src/scripts/seed/history"
import { RETAIL_ORDERS, WHOLESALE_ORDERS } from "../../../src/scripts/seed/history-plan"
import { PAST_PROMOTION } from "../../../src/scripts/seed/history-prices"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

const DAY = 24 * 60 * 60 * 1000
const say = (line: string) => process.stdout.write(`${line}\n`)

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {})

/** Everything the history writes, counted by kind and state. */
async function census(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "customer_id", "metadata", "sales_channel.name", "business_unit.id", "business_associate.id", "items.variant_sku", "items.unit_price"],
  })
  const invoices = await netTermsModule(container).listInvoices({}, { take: null })
  const quotes = await container.resolve<QuoteModuleService>(QUOTE_MODULE).listQuotes({}, { take: null })
  const flows = await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).listApprovalFlows({}, { take: null })
  const { data: priceLists } = await query.graph({ entity: "price_list", fields: ["id", "title", "ends_at"] })
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"] })
  return {
    orders,
    invoices,
    counts: {
      ordersByChannel: countBy(orders, (o: any) => o.sales_channel?.name ?? "none"),
      invoicesByStatus: countBy(invoices, (i) => i.status),
      quotesByStatus: countBy(quotes, (q) => q.status),
      flowsByStatus: countBy(flows, (f) => f.status),
      priceLists: priceLists.length,
      customers: customers.length,
    },
    promotion: priceLists.find((p: any) => p.title === PAST_PROMOTION.title),
  }
}

/**
 * The demo history `npm start` seeds (src/scripts/seed/history.ts): orders in both channels over
 * three months, invoices in every state, open quotes and an approval, an expired sale; run twice
 * it adds nothing the second time.
 */
export default httpSuite("demo-history", ({ getContainer }) => {
  it("seeds three months of orders, invoices in every state, quotes and an approval, once", async () => {
    const container = getContainer()
    const before = await census(container)
    expect(before.orders).toHaveLength(0)

    const started = Date.now()
    expect(await seedDemoHistory(container, seededDemo())).toEqual({ seeded: true })
    say(`  demo history seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)

    const after = await census(container)
    expect(after.counts.ordersByChannel).toEqual({ Retail: RETAIL_ORDERS.length, Wholesale: WHOLESALE_ORDERS.length })
    expect(after.orders.length).toBeGreaterThanOrEqual(30)
    const oldest = Math.min(...after.orders.map((o: any) => new Date(o.created_at).getTime()))
    expect(Date.now() - oldest).toBeGreaterThan(80 * DAY)

    // Every business order belongs to a unit and an associate and carries its PO number, as a checkout leaves it.
    const wholesale = after.orders.filter((o: any) => o.sales_channel.name === "Wholesale")
    expect(wholesale.every((o: any) => o.business_unit?.id && o.business_associate?.id && o.metadata?.po_number)).toBe(true)
    expect(new Set(wholesale.map((o: any) => o.business_unit.id)).size).toBe(3)
    const retail = after.orders.filter((o: any) => o.sales_channel.name === "Retail")
    expect(new Set(retail.map((o: any) => o.customer_id)).size).toBeGreaterThanOrEqual(4)

    for (const status of ["paid", "open", "partially_paid", "overdue"]) expect(after.counts.invoicesByStatus[status]).toBeGreaterThanOrEqual(1)
    for (const invoice of after.invoices.filter((i) => i.status === "overdue")) expect(new Date(invoice.due_date!).getTime()).toBeLessThan(Date.now())
    expect(after.invoices.every((i) => wholesale.some((o: any) => o.id === i.order_id))).toBe(true)

    expect(after.counts.quotesByStatus).toEqual({ requested: 1, sent: 1 })
    expect(after.counts.flowsByStatus).toEqual({ pending: 1 })
    const saleEnded = after.promotion?.ends_at
    expect(saleEnded).toBeTruthy()
    expect(new Date(saleEnded!).getTime()).toBeLessThan(Date.now())
    // Orders of the sale's week were priced at the sale price.
    const [onSale] = PAST_PROMOTION.prices
    const salePriced = retail.flatMap((o: any) => o.items).filter((i: any) => i.variant_sku === onSale.sku && Number(i.unit_price) === onSale.eur)
    expect(salePriced.length).toBeGreaterThanOrEqual(1)

    expect(await seedDemoHistory(container, seededDemo())).toEqual({ seeded: false })
    expect((await census(container)).counts).toEqual(after.counts)
  })
})
