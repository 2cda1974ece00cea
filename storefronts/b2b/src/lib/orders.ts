import type { StoreBusinessOrder, StoreBusinessOrderResponse } from "../../../../src/lib/orders/contract"
import { businessFetch, statusOf, UnitHeaders } from "../api/client"
import { sdk } from "../sdk"
import { Order } from "../types"

/** Order fields a buyer needs on screen, with the payment that tells net terms from paying now. */
const ORDER_FIELDS = "*items,*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payments"

/**
 * An order's page: Medusa's order (lines, delivery, totals) and, from the portal's own route,
 * what the store order API does not answer (PO number, delivery instructions, approval trail,
 * invoice); `details` is null when the caller's role does not show orders.
 */
export type OrderPageData = { order: Order; details: StoreBusinessOrder | null }

/**
 * Both reads at once. `null` when the backend answers 404 (missing, or not the caller's to see);
 * a 403 on the portal's route (one's own order, a role without "orders.view_own") leaves the
 * order without details, so the confirmation of an order one just placed still shows.
 */
export async function loadOrderPage(id: string, headers: UnitHeaders): Promise<OrderPageData | null> {
  const details = businessFetch<StoreBusinessOrderResponse>(`/orders/${id}`, { headers }).then(
    ({ order }) => order,
    (error) => {
      if (statusOf(error) === 403) return null
      throw error
    }
  )
  try {
    const [{ order }, businessOrder] = await Promise.all([sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }), details])
    return { order, details: businessOrder }
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}
