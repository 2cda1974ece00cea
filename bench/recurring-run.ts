import { writeFileSync } from "node:fs"
import path from "node:path"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { todayUtc } from "../src/lib/recurring-orders/schedule"
import { businessModule } from "../src/modules/business"
import { NET_TERMS_PROVIDER_ID } from "../src/modules/net-terms-payment"
import { recurringOrderModule } from "../src/modules/recurring-order"
import { processRecurringOrders } from "../src/workflows/recurring-orders/process-recurring-orders"
import { BENCH_BUYER, ensureBenchCompany } from "./bench-company"

export const RECURRING_RESULT_FILE = path.join(process.cwd(), ".data", "bench-recurring.json")

const COUNT = Number(process.env.BENCH_RECURRING_COUNT ?? 500)
const LINES = 20

/**
 * `npm run bench` (bench/recurring.js): BENCH_RECURRING_COUNT (default 500) recurring orders of
 * 20 lines each, due today, of the bench company's buyer on net terms; then ONE pass of the
 * recurring-order job, timed. Earlier runs' schedules are removed first.
 */
export default async function benchRecurringRun({ container }: ExecArgs) {
  await ensureBenchCompany(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const business = businessModule(container)
  const service = recurringOrderModule(container)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: BENCH_BUYER.email } })
  const customerId = (customers[0] as { id: string }).id
  const [associate] = await business.listBusinessAssociates({ customer_id: customerId })
  const unitId = associate.business_unit_id as string
  const old = await service.listRecurringOrders({ business_unit_id: unitId }, { select: ["id"], take: null })
  if (old.length) await service.softDeleteRecurringOrders(old.map((s) => s.id))

  const [existing] = await business.listBusinessUnitAddresses({ business_unit_id: unitId })
  const address = existing ?? (await business.saveUnitAddress(unitId, { address_1: "Benchstraße 1", city: "Berlin", postal_code: "10115", country_code: "de", is_default_shipping: true }))
  const [{ data: regions }, { data: options }, { data: channels }, { data: variants }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { currency_code: "eur" } }),
    query.graph({ entity: "shipping_option", fields: ["id", "name"], filters: { name: "Standard (Europe)" } }),
    query.graph({ entity: "sales_channel", fields: ["id", "metadata"] }),
    query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.title"], filters: { sku: Array.from({ length: LINES }, (_, i) => `BENCH-${String(i + 1).padStart(5, "0")}-M`) } }),
  ])
  const wholesale = (channels as any[]).find((c) => c.metadata?.channel_kind === "b2b")
  const today = todayUtc()
  const lines = (variants as any[]).map((v) => ({ variant_id: v.id, quantity: 2, product_title: v.product.title, variant_title: v.title, sku: v.sku }))
  for (let i = 0; i < COUNT; i++) {
    await service.createWithLines(
      {
        name: `Bench weekly ${i}`,
        business_unit_id: unitId,
        associate_id: associate.id,
        customer_id: customerId,
        status: "active",
        frequency: { kind: "days", every: 7 },
        start_on: today,
        next_run_on: today,
        region_id: (regions[0] as any).id,
        sales_channel_id: wholesale.id,
        shipping_address_id: address.id,
        shipping_option_id: (options[0] as any).id,
        payment_provider_id: NET_TERMS_PROVIDER_ID,
        po_pattern: "BENCH-{yyyy}-{ww}-{n}",
      },
      lines
    )
  }

  const started = Date.now()
  const report = await processRecurringOrders(container, today)
  const ms = Date.now() - started
  const runs = await service.listRecurringOrderRuns({ due_on: today, recurring_order: { business_unit_id: unitId } } as any, { select: ["status", "reason"], take: null })
  const placed = runs.filter((r) => r.status === "placed").length
  const failures = [...new Set(runs.filter((r) => r.status !== "placed").map((r) => r.reason))]
  writeFileSync(RECURRING_RESULT_FILE, JSON.stringify({ count: COUNT, lines: LINES, ms, placed, due: report.due, failures }))
}
