import {
  DELIVERY_REFUSAL_CODES,
  MAX_DELIVERIES,
  type AllowedDate,
  type DeliveriesResponse,
  type DeliveryDatesResponse,
  type DeliveryPlanResponse,
  type DeliveryRefusalCode,
  type IsoWeekday,
  type PlacedDeliveriesResponse,
  type ReceivingProfileResponse,
  type ReceivingProfilesResponse,
  type ReceivingProfileView,
  type ReceivingWindow,
} from "../../../../src/lib/delivery/contract"
import { BusinessRefusal, businessFetch, businessFetchRefusable, refusalCodeOf, UnitHeaders } from "./client"

export type {
  AllowedDate,
  DeliveryAddressView,
  DeliveryDatesResponse,
  DeliveryRefusalCode,
  IsoWeekday,
  PlacedDeliveryView,
  PlannedDeliveryView,
  ReceivingProfileView,
  ReceivingWindow,
} from "../../../../src/lib/delivery/contract"
export { MAX_DELIVERIES }

/** A cart's plan as the backend holds it (null: none set; the cart is delivered the usual way). */
export type DeliveryPlan = NonNullable<DeliveryPlanResponse["delivery_plan"]>

/** Body of POST …/receiving-profiles/:address_id: the whole profile. */
export type ReceivingProfileInput = Omit<ReceivingProfileView, "address_id">

/** One delivery of a plan: where, when and (when split) which quantities of which lines. */
export type DeliveryRequest = { address_id: string; requested_date: string; lines?: { line_item_id: string; quantity: number }[] }

/** Receiving profiles of the unit's addresses (one per address that has one). */
export async function listReceivingProfiles(unitId: string, headers: UnitHeaders): Promise<ReceivingProfileView[]> {
  return (await businessFetch<ReceivingProfilesResponse>(`/units/${unitId}/receiving-profiles`, { headers })).receiving_profiles
}

/** Sets an address's receiving profile (unit.update). */
export async function saveReceivingProfile(unitId: string, addressId: string, profile: ReceivingProfileInput, headers: UnitHeaders): Promise<ReceivingProfileView> {
  const body = { ...profile, windows: profile.windows.map(({ weekday, from, to }) => ({ weekday, from, to })) }
  return (await businessFetch<ReceivingProfileResponse>(`/units/${unitId}/receiving-profiles/${addressId}`, { method: "POST", body, headers })).receiving_profile
}

/** The next dates the cart may be delivered to one of the unit's addresses, each with that day's receiving window. */
export function getDeliveryDates(cartId: string, addressId: string, count: number, headers: UnitHeaders): Promise<DeliveryDatesResponse> {
  return businessFetch<DeliveryDatesResponse>(`/carts/${cartId}/delivery-dates`, { query: { address_id: addressId, count }, headers })
}

export async function getDeliveryPlan(cartId: string, headers: UnitHeaders): Promise<DeliveryPlan | null> {
  return (await businessFetch<DeliveryPlanResponse>(`/carts/${cartId}/deliveries`, { headers })).delivery_plan
}

/** Sets (replaces) the cart's plan. Refusals throw a BusinessRefusal: read them with deliveryRefusalOf. */
export async function saveDeliveryPlan(cartId: string, deliveries: DeliveryRequest[], headers: UnitHeaders): Promise<DeliveryPlan | null> {
  return (await businessFetchRefusable<DeliveryPlanResponse>(`/carts/${cartId}/deliveries`, { method: "POST", body: { deliveries }, headers })).delivery_plan
}

/** Removes the plan: the cart goes back to one delivery to its shipping address. */
export async function deleteDeliveryPlan(cartId: string, headers: UnitHeaders): Promise<void> {
  await businessFetch<unknown>(`/carts/${cartId}/deliveries`, { method: "DELETE", headers })
}

/** Places a split plan: one order per delivery (readiness as for a cart: approval, credit). */
export function completeDeliveries(cartId: string, headers: UnitHeaders): Promise<PlacedDeliveriesResponse> {
  return businessFetch<PlacedDeliveriesResponse>(`/carts/${cartId}/deliveries/complete`, { method: "POST", body: {}, headers })
}

/** The active unit's deliveries with their orders' status and tracking. */
export function listDeliveries(page: { limit: number; offset: number }, headers: UnitHeaders): Promise<DeliveriesResponse> {
  return businessFetch<DeliveriesResponse>(`/deliveries`, { query: page, headers })
}

/** Why a plan was refused, as data: the code, the backend's message and, for a date, the next allowed one. */
export type DeliveryRefusal = { code: DeliveryRefusalCode; message: string; next_date: string | null }

export function deliveryRefusalOf(error: unknown): DeliveryRefusal | null {
  const code = refusalCodeOf(error, DELIVERY_REFUSAL_CODES)
  if (!code || !(error instanceof BusinessRefusal)) return null
  const next = error.body.next_date
  return { code, message: error.message, next_date: typeof next === "string" ? next : null }
}
