import type { RecurringOrderResponse, RecurringOrdersResponse, RecurringOrderSummary, RecurringOrderView } from "../../../../src/lib/recurring-orders/contract"
import type { Frequency } from "../../../../src/lib/recurring-orders/schedule"
import { businessFetch, UnitHeaders } from "./client"
import type { UnitAddress, UnitAddressesResponse } from "../../../../src/lib/business/contract"

export type {
  RecurringOrderLineView,
  RecurringOrderStatus,
  RecurringOrderSummary,
  RecurringOrderView,
  RecurringRunStatus,
  RecurringRunView,
} from "../../../../src/lib/recurring-orders/contract"
export type { Frequency, Weekday } from "../../../../src/lib/recurring-orders/schedule"

/** Where a new recurring order's lines come from: exactly one of a cart, a past order or a shopping list. */
export type RecurringSource = { cart_id: string } | { order_id: string } | { shopping_list_id: string }

/** When it runs and what its orders carry (the fields a buyer edits later too). */
export type ScheduleFields = {
  name: string
  frequency: Frequency
  start_on: string
  end_on: string | null
  po_pattern: string | null
  reminder_days: number
}

/** Where and how its orders ship and pay. */
export type DeliveryFields = {
  region_id: string
  shipping_address_id: string
  shipping_option_id: string
  payment_provider_id: string
}

export type NewRecurringOrder = ScheduleFields & DeliveryFields & RecurringSource

/** Any of the fields; `lines` replaces all lines. */
export type RecurringOrderChange = Partial<ScheduleFields & Omit<DeliveryFields, "region_id">> & { lines?: { variant_id: string; quantity: number }[] }

export type ScheduleAction = "pause" | "resume" | "skip" | "end"

/** A new recurring order made from the source, with the lines left out because they are no longer sold. */
export type CreatedRecurringOrder = RecurringOrderResponse

/** The unit's recurring orders (recurring_orders.view), newest first. */
export async function listRecurringOrders(unitId: string, headers: UnitHeaders): Promise<RecurringOrderSummary[]> {
  return (await businessFetch<RecurringOrdersResponse>(`/units/${unitId}/recurring-orders`, { headers })).recurring_orders
}

export function createRecurringOrder(unitId: string, order: NewRecurringOrder, headers: UnitHeaders): Promise<CreatedRecurringOrder> {
  return businessFetch<CreatedRecurringOrder>(`/units/${unitId}/recurring-orders`, { method: "POST", body: order, headers })
}

/** One recurring order with its lines, next dates (`upcoming`) and run history, newest first. */
export async function getRecurringOrder(id: string, headers: UnitHeaders): Promise<RecurringOrderView> {
  return (await businessFetch<RecurringOrderResponse>(`/recurring-orders/${id}`, { headers })).recurring_order
}

export async function updateRecurringOrder(id: string, change: RecurringOrderChange, headers: UnitHeaders): Promise<RecurringOrderView> {
  return (await businessFetch<RecurringOrderResponse>(`/recurring-orders/${id}`, { method: "POST", body: change, headers })).recurring_order
}

/** Pause, resume, skip the next run, or end: the answer is the recurring order as it is now. */
export async function changeSchedule(id: string, action: ScheduleAction, headers: UnitHeaders): Promise<RecurringOrderView> {
  return (await businessFetch<RecurringOrderResponse>(`/recurring-orders/${id}/${action}`, { method: "POST", body: {}, headers })).recurring_order
}

/** The unit's addresses, one of which a recurring order ships to. */
export async function listUnitAddresses(unitId: string, headers: UnitHeaders): Promise<UnitAddress[]> {
  return (await businessFetch<UnitAddressesResponse>(`/units/${unitId}/addresses`, { headers })).addresses
}
