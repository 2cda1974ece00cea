import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BUSINESS_MODULE } from "../../../src/modules/business"
import type { AdminUnitOrder, AdminUnitOrdersResponse } from "../../../src/lib/orders/contract"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"

const BULK_UNIT_ORDERS = 537
const OTHER_UNIT_ORDERS = 40
const BATCH = 100

/**
 * Orders straight through the order module and linked to the unit as checkout links them, in
 * batches: hundreds of checkouts would take minutes and test nothing this route reads.
 */
async function placeUnitOrders(container: MedusaContainer, unitId: string, total: number, label: string): Promise<string[]> {
  const orderModule = container.resolve(Modules.ORDER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const ids: string[] = []
  for (let start = 0; start < total; start += BATCH) {
    const size = Math.min(BATCH, total - start)
    const orders = await orderModule.createOrders(
      Array.from({ length: size }, (_, i) => ({
        currency_code: "eur",
        email: `${label}-${start + i}@example.com`,
        metadata: { po_number: `PO-${label}-${start + i}` },
        items: [{ title: "Espresso beans", quantity: 1, unit_price: 10 }],
      }))
    )
    await link.create(orders.map((order) => ({ [Modules.ORDER]: { order_id: order.id }, [BUSINESS_MODULE]: { business_unit_id: unitId } })))
    ids.push(...orders.map((order) => order.id))
  }
  return ids
}

export default httpSuite("admin-unit-orders", ({ api, getContainer }) => {
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let bulkUnit: string
  let otherUnit: string
  let bulkOrderIds: string[]
  let otherOrderIds: string[]

  const page = async (unitId: string, query: string) => {
    const res = await api.get(`/admin/business-units/${unitId}/orders?${query}`, admin)
    expect([query, res.status]).toEqual([query, 200])
    return res.data as AdminUnitOrdersResponse
  }

  beforeAll(async () => {
    admin = (await demoFixture(api, [])).admin
    const create = (name: string) => api.post("/admin/business-units", { name }, admin).then((res) => res.data.business_unit.id as string)
    bulkUnit = await create("Bulk Buyers")
    otherUnit = await create("Other Buyers")
    bulkOrderIds = await placeUnitOrders(getContainer(), bulkUnit, BULK_UNIT_ORDERS, "bulk")
    otherOrderIds = await placeUnitOrders(getContainer(), otherUnit, OTHER_UNIT_ORDERS, "other")
  })

  it("counts every order of the unit, past the 500 the admin used to scan, and only its own", async () => {
    expect((await page(bulkUnit, "limit=1")).count).toBe(BULK_UNIT_ORDERS)
    expect((await page(otherUnit, "limit=1")).count).toBe(OTHER_UNIT_ORDERS)
  })

  it("walks the whole unit in pages of 100, newest first, without repeating or mixing in another unit", async () => {
    const walked: AdminUnitOrder[] = []
    for (let offset = 0; offset < BULK_UNIT_ORDERS; offset += 100) {
      const res = await page(bulkUnit, `limit=100&offset=${offset}`)
      expect(res).toMatchObject({ count: BULK_UNIT_ORDERS, limit: 100, offset })
      expect(res.orders.length).toBe(Math.min(100, BULK_UNIT_ORDERS - offset))
      walked.push(...res.orders)
    }
    const ids = walked.map((order) => order.id)
    expect(new Set(ids).size).toBe(BULK_UNIT_ORDERS)
    expect([...ids].sort()).toEqual([...bulkOrderIds].sort())
    expect(ids.filter((id) => otherOrderIds.includes(id))).toEqual([])
    const times = walked.map((order) => new Date(order.created_at).getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it("answers each row with the fields the admin lists", async () => {
    const [order] = (await page(otherUnit, "limit=1")).orders
    expect(order).toEqual({
      id: expect.stringMatching(/^order_/),
      display_id: expect.any(Number),
      status: "pending",
      email: expect.stringMatching(/^other-\d+@example\.com$/),
      currency_code: "eur",
      total: 10,
      created_at: expect.any(String),
      payment_status: "not_paid",
      fulfillment_status: "not_fulfilled",
      po_number: order.email!.replace(/^other-(\d+)@example\.com$/, "PO-other-$1"),
    })
  })

  it("answers an empty page past the end", async () => {
    const res = await page(bulkUnit, `limit=100&offset=${BULK_UNIT_ORDERS}`)
    expect(res).toEqual({ orders: [], count: BULK_UNIT_ORDERS, limit: 100, offset: BULK_UNIT_ORDERS })
  })

  it("refuses a bad page with 400 naming the field", async () => {
    const cases: [string, RegExp][] = [
      ["limit=0", /limit: must be a whole number from 1 to 100/],
      ["limit=abc", /limit: must be a whole number from 1 to 100/],
      ["limit=101", /limit: must be a whole number from 1 to 100/],
      ["offset=-1", /offset: must be a whole number, 0 or more/],
      ["offset=1.5", /offset: must be a whole number, 0 or more/],
    ]
    for (const [query, message] of cases) {
      const res = await api.get(`/admin/business-units/${bulkUnit}/orders?${query}`, admin)
      expect([query, res.status, res.data.message]).toEqual([query, 400, expect.stringMatching(message)])
    }
  })

  it("answers 404 for an unknown unit and 401 without an admin login", async () => {
    const unknown = await api.get("/admin/business-units/bu_missing/orders", admin)
    expect(unknown.status).toBe(404)
    expect(unknown.data.message).toMatch(/bu_missing was not found/)
    const anonymous = await api.get(`/admin/business-units/${bulkUnit}/orders`, { validateStatus: () => true })
    expect(anonymous.status).toBe(401)
  })
})
