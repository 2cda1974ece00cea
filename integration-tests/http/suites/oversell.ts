import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cartWithLine,
  completeCart,
  Demo,
  inventoryLevel,
  prepareCheckout,
  setStock,
  variantIdBySku,
} from "../../helpers/store-api"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

const SKU = "COF-ESP-1000"
const STOCK = 3
const CARTS_PER_CHANNEL = 12

/** Runs the tasks with at most `width` of them at once. */
async function inBatches<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = []
  for (let i = 0; i < tasks.length; i += width) {
    results.push(...(await Promise.all(tasks.slice(i, i + width).map((task) => task()))))
  }
  return results
}

export default httpSuite("oversell", ({ api, getContainer }) => {
  let demo: Demo

  beforeAll(async () => {
    demo = seededDemo()
  })

  it(`completes exactly ${STOCK} of ${2 * CARTS_PER_CHANNEL} concurrent checkouts over both channels for ${STOCK} units`, async () => {
    const container = getContainer()
    const variantId = await variantIdBySku(container, SKU)
    const inventoryItemId = await setStock(container, demo, SKU, STOCK)

    const keys = [demo.channels.retail.publishableKey, demo.channels.wholesale.publishableKey]
    const carts = await inBatches(
      Array.from({ length: 2 * CARTS_PER_CHANNEL }, (_, i) => async () => {
        const key = keys[i % 2]
        const cart = await cartWithLine(api, demo, key, variantId, 1)
        await prepareCheckout(api, key, cart.id)
        return { key, id: cart.id }
      }),
      6
    )

    const responses = await Promise.all(carts.map((cart) => completeCart(api, cart.key, cart.id)))

    const placed = responses.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = responses.filter((r) => !(r.status === 200 && r.data.type === "order"))
    const statuses = refused.map((r) => r.status)
    expect(placed).toHaveLength(STOCK)
    expect(statuses.filter((s) => s < 400 || s >= 500)).toEqual([])
    for (const r of refused) {
      expect(typeof r.data.message).toBe("string")
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "sales_channel_id", "items.variant_sku", "items.quantity"],
    })
    const ordersForSku = orders.filter((o: any) => o.items.some((i: any) => i.variant_sku === SKU))
    expect(ordersForSku).toHaveLength(STOCK)
    expect(ordersForSku.map((o: any) => o.id).sort()).toEqual(placed.map((r) => r.data.order.id).sort())

    const level = await inventoryLevel(container, demo, inventoryItemId)
    const reservations = await container
      .resolve(Modules.INVENTORY)
      .listReservationItems({ inventory_item_id: inventoryItemId })
    expect(level.stocked_quantity).toBe(STOCK)
    expect(level.reserved_quantity).toBe(STOCK)
    expect(level.stocked_quantity - level.reserved_quantity).toBe(0)
    expect(reservations).toHaveLength(ordersForSku.length)

    // Reported for the closing note: how the refusals were worded and which statuses they had.
    const byStatus = statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {})
    process.stdout.write(
      `oversell: ${placed.length} orders, refusals by status ${JSON.stringify(byStatus)}, ` +
        `redis=${!!process.env.REDIS_URL}, e.g. "${refused[0]?.data.message}"\n`
    )
  })

  it("answers a checkout that times out waiting for the stock lock with 409 and leaves no order behind", async () => {
    const container = getContainer()
    const sku = "COF-DEC-1000"
    const variantId = await variantIdBySku(container, sku)
    const inventoryItemId = await setStock(container, demo, sku, 5)
    const key = demo.channels.retail.publishableKey
    const cart = await cartWithLine(api, demo, key, variantId, 1)
    await prepareCheckout(api, key, cart.id)

    // Another checkout holds the inventory item's lock longer than the core step waits (5 s).
    const locking = container.resolve(Modules.LOCKING)
    await locking.acquire(inventoryItemId, { ownerId: "competing-checkout", expire: 30 })
    let blocked: any
    try {
      blocked = await completeCart(api, key, cart.id)
    } finally {
      await locking.release(inventoryItemId, { ownerId: "competing-checkout" })
    }

    expect(blocked.status).toBe(409)
    expect(blocked.data.message).toMatch(/try again/)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["items.variant_sku"] })
    expect(orders.filter((o: any) => o.items.some((i: any) => i.variant_sku === sku))).toHaveLength(0)
    expect((await inventoryLevel(container, demo, inventoryItemId)).reserved_quantity).toBe(0)

    const retried = await completeCart(api, key, cart.id)
    expect(retried.status).toBe(200)
    expect(retried.data.type).toBe("order")
    expect((await inventoryLevel(container, demo, inventoryItemId)).reserved_quantity).toBe(1)
  })
})
