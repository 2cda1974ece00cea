import { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomersWorkflow, createOrdersStep, createRemoteLinkStep, updateOrderTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { businessModule } from "../../modules/business"
import { businessCartLinks } from "../../workflows/business-cart/line-refs"
import { daysAgo } from "./history-dates"
import { HistoryAddress, HistoryLine, RETAIL_ORDERS, RETAIL_SHOPPERS, UNIT_ADDRESSES, WHOLESALE_ORDERS, WholesaleOrderPlan } from "./history-plan"
import { priceOn, shelfPrices, ShelfVariant } from "./history-prices"

/** The ids the history needs from the demo seed. */
export type HistoryContext = {
  now: Date
  region_id: string
  channels: { retail: string; wholesale: string }
  units: Record<WholesaleOrderPlan["unit"], string>
}

type Attribution = { unit_id: string; associate_id: string } | null

/** A placed historic order, with the wholesale plan it came from (null for a consumer order). */
export type HistoricOrder = { order_id: string; placed_at: Date; wholesale: WholesaleOrderPlan | null; attribution: Attribution }

/** What tells the history's orders apart: buyer, time placed and PO number (every business order has its own). */
const orderKey = (o: { customer_id?: string | null; created_at?: Date | string | null; metadata?: Record<string, unknown> | null }) =>
  `${o.customer_id}|${o.created_at ? new Date(o.created_at).toISOString() : ""}|${o.metadata?.po_number ?? ""}`

/**
 * All the orders in one workflow: Medusa's order step, then the links a business checkout adds
 * (unit and associate). A failed link undoes every order, so a failed run leaves no half history.
 */
const createHistoricOrdersWorkflow = createWorkflow(
  "seed-demo-history-orders",
  (input: { orders: CreateOrderDTO[]; attributions: Attribution[] }) => {
    const orders = createOrdersStep(input.orders)
    // Medusa's order step does not answer the orders in the order given: each is matched to its input.
    const links = transform({ orders, input }, ({ orders, input }) =>
      orders.flatMap((order) => {
        const by = input.attributions[input.orders.findIndex((o) => orderKey(o as any) === orderKey(order as any))]
        return by ? businessCartLinks({ order_id: order.id }, by.unit_id, by.associate_id) : []
      })
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(orders)
  }
)

/** The guests of the history, as Medusa's checkout leaves them: customers without an account. */
async function ensureShoppers(container: MedusaContainer) {
  const customers = container.resolve(Modules.CUSTOMER)
  const existing = await customers.listCustomers({ email: RETAIL_SHOPPERS.map((s) => s.email) })
  const known = new Set(existing.map((c) => c.email))
  const missing = RETAIL_SHOPPERS.filter((s) => !known.has(s.email))
  if (missing.length) {
    await createCustomersWorkflow(container).run({
      input: { customersData: missing.map(({ email, first_name, last_name }) => ({ email, first_name, last_name })) },
    })
  }
}

type Buyer = { customer_id: string; email: string; group_ids: string[] }

async function buyersByEmail(container: MedusaContainer, emails: string[]): Promise<Map<string, Buyer>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "has_account", "groups.id"], filters: { email: emails } })
  // An email can belong to a guest and to an account: the account is the one that ordered.
  const sorted = [...data].sort((a: any, b: any) => Number(a.has_account) - Number(b.has_account))
  return new Map(sorted.map((c: any) => [c.email, { customer_id: c.id, email: c.email, group_ids: (c.groups ?? []).map((g: any) => g.id) }]))
}

type OrderSpec = {
  buyer: Buyer
  channelId: string
  address: HistoryAddress
  lines: HistoryLine[]
  prices: Map<string, ShelfVariant>
  placedAt: Date
  metadata?: Record<string, unknown>
}

function orderInput(ctx: HistoryContext, { buyer, channelId, address, lines, prices, placedAt, metadata }: OrderSpec): CreateOrderDTO {
  const retail = channelId === ctx.channels.retail
  return {
    region_id: ctx.region_id,
    sales_channel_id: channelId,
    customer_id: buyer.customer_id,
    email: buyer.email,
    currency_code: "eur",
    status: "pending",
    shipping_address: address,
    billing_address: address,
    items: lines.map((line) => {
      const variant = prices.get(line.sku)
      if (!variant) throw new Error(`The demo history orders ${line.sku}, which the catalog does not have`)
      const { unit_price: _today, sku, ...refs } = variant
      return { ...refs, variant_sku: sku, title: variant.product_title, quantity: line.quantity, unit_price: priceOn(variant, placedAt, ctx.now, retail) }
    }),
    // Shipping is priced as the channel prices it: gross for consumers, net plus VAT for businesses.
    shipping_methods: [{ name: "Standard (Europe)", amount: 5.9, is_tax_inclusive: retail }],
    metadata,
    created_at: placedAt,
    updated_at: placedAt,
  } as CreateOrderDTO
}

/** Prices once per channel and set of customer groups (a company's buyers share their agreement). */
function pricesFor(ctx: HistoryContext, container: MedusaContainer, skus: string[]) {
  const cache = new Map<string, Promise<Map<string, ShelfVariant>>>()
  return (channelId: string, buyer: Buyer) => {
    const key = `${channelId}:${[...buyer.group_ids].sort().join(",")}`
    if (!cache.has(key)) cache.set(key, shelfPrices(container, { region_id: ctx.region_id, sales_channel_id: channelId, customer_group_ids: buyer.group_ids }, skus))
    return cache.get(key)!
  }
}

/** The consumer and business orders of the plan, oldest first so display ids follow the dates. */
export async function seedHistoricOrders(container: MedusaContainer, ctx: HistoryContext): Promise<HistoricOrder[]> {
  await ensureShoppers(container)
  const buyers = await buyersByEmail(container, [...RETAIL_SHOPPERS.map((s) => s.email), ...WHOLESALE_ORDERS.map((o) => o.buyer)])
  const skus = [...new Set([...RETAIL_ORDERS, ...WHOLESALE_ORDERS].flatMap((o) => o.lines.map((l) => l.sku)))]
  const prices = pricesFor(ctx, container, skus)
  // A buyer's membership may be in the unit's parent (Acme's admin orders for Berlin).
  const associates = await businessModule(container).listBusinessAssociates({ customer_id: [...buyers.values()].map((b) => b.customer_id) })
  const associateIds = new Map(associates.map((a) => [a.customer_id, a.id]))

  const planned: { placedAt: Date; input: CreateOrderDTO; wholesale: WholesaleOrderPlan | null; attribution: Attribution }[] = []
  for (const plan of RETAIL_ORDERS) {
    const shopper = RETAIL_SHOPPERS.find((s) => s.email === plan.shopper)!
    const buyer = buyers.get(plan.shopper)!
    const placedAt = daysAgo(ctx.now, plan.days_ago)
    const address = { first_name: shopper.first_name, last_name: shopper.last_name, ...shopper.address }
    const shelf = await prices(ctx.channels.retail, buyer)
    const input = orderInput(ctx, { buyer, channelId: ctx.channels.retail, address, lines: plan.lines, prices: shelf, placedAt })
    planned.push({ placedAt, input, wholesale: null, attribution: null })
  }
  for (const plan of WHOLESALE_ORDERS) {
    const buyer = buyers.get(plan.buyer)!
    const placedAt = daysAgo(ctx.now, plan.days_ago)
    const shelf = await prices(ctx.channels.wholesale, buyer)
    const address = UNIT_ADDRESSES[plan.unit]
    const input = orderInput(ctx, { buyer, channelId: ctx.channels.wholesale, address, lines: plan.lines, prices: shelf, placedAt, metadata: { po_number: plan.po_number } })
    planned.push({ placedAt, input, wholesale: plan, attribution: { unit_id: ctx.units[plan.unit], associate_id: associateIds.get(buyer.customer_id)! } })
  }
  planned.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())

  const { result } = await createHistoricOrdersWorkflow(container).run({
    input: { orders: planned.map((p) => p.input), attributions: planned.map((p) => p.attribution) },
  })
  // Medusa's order step writes no tax lines: each order is taxed as a checkout would have taxed it (its unit's treatment).
  for (const order of result) await updateOrderTaxLinesWorkflow(container).run({ input: { order_id: order.id } })
  return result.map((order) => {
    const plan = planned.find((p) => orderKey(p.input as any) === orderKey(order as any))!
    return { order_id: order.id, placed_at: plan.placedAt, wholesale: plan.wholesale, attribution: plan.attribution }
  })
}
