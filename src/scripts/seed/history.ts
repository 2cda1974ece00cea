import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import type { seedDemoData } from "../seed"
import { DEMO_ADMIN } from "./accounts"
import { seedHistoricInvoices } from "./history-invoices"
import { HistoryContext, seedHistoricOrders } from "./history-orders"
import { seedPastPromotion } from "./history-prices"
import { seedOpenRequests } from "./history-requests"

type Demo = Awaited<ReturnType<typeof seedDemoData>>

/** Set on the store once the history is written: the next seed adds none. */
export const HISTORY_MARKER = "demo_history_seeded_at"

/**
 * Three months of the demo shop's past for `npm start`: consumer and business orders, Acme's
 * invoices (paid, open, partially paid, overdue), an expired Retail sale, and the quote requests
 * and approval that wait for someone today. Only the seed script calls it, after seedDemoData:
 * the tests' shop stays without history. Runs once per database (HISTORY_MARKER on the store).
 */
export async function seedDemoHistory(container: MedusaContainer, demo: Demo): Promise<{ seeded: boolean }> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"] })
  if (store.metadata?.[HISTORY_MARKER]) return { seeded: false }

  const now = new Date()
  const ctx: HistoryContext = {
    now,
    region_id: demo.regions.eu.id,
    channels: { retail: demo.channels.retail.id, wholesale: demo.channels.wholesale.id },
    units: { acme: demo.business.units.acme.id, acmeBerlin: demo.business.units.acmeBerlin.id, globex: demo.business.units.globex.id },
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({ entity: "user", fields: ["id"], filters: { email: DEMO_ADMIN.email } })
  const merchantUserId = users[0].id as string

  await seedPastPromotion(container, ctx.channels.retail, now)
  const orders = await seedHistoricOrders(container, ctx)
  await seedHistoricInvoices(container, orders, now, merchantUserId)
  await seedOpenRequests(container, ctx, merchantUserId)

  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { metadata: { ...store.metadata, [HISTORY_MARKER]: now.toISOString() } } },
  })
  return { seeded: true }
}
