/**
 * Delivery terms as the portal and the admin see them: receiving profiles of a unit's
 * addresses, the merchant's delivery calendars, a Wholesale cart's delivery plan (requested
 * dates, split by date and address) and the deliveries it became. Declared once here; the
 * routes answer these shapes, the portal and the admin import them.
 */
import type { AllowedDate, IsoWeekday, ReceivingWindow } from "./calendar"

export type { AllowedDate, IsoWeekday, ReceivingWindow }

/** ISO weekdays in order with their names, as the portal and the admin print them. */
export const DELIVERY_WEEKDAYS: { weekday: IsoWeekday; short: string; name: string }[] = [
  { weekday: 1, short: "Mon", name: "Monday" },
  { weekday: 2, short: "Tue", name: "Tuesday" },
  { weekday: 3, short: "Wed", name: "Wednesday" },
  { weekday: 4, short: "Thu", name: "Thursday" },
  { weekday: 5, short: "Fri", name: "Friday" },
  { weekday: 6, short: "Sat", name: "Saturday" },
  { weekday: 7, short: "Sun", name: "Sunday" },
]

/** Most deliveries one checkout splits into. */
export const MAX_DELIVERIES = 10

/** Why a delivery plan is refused, as data the portal acts on. */
export const DELIVERY_REFUSAL_CODES = [
  "date_not_allowed", // a requested date the calendar or the address's receiving windows do not allow (the message names the next allowed date; `next_date` too)
  "unknown_address", // not an address of the cart's business unit
  "quantities_mismatch", // the deliveries' lines do not add up to the cart's lines exactly
  "no_shipping_method", // a split needs the cart's shipping method first (each delivery ships with it)
] as const
export type DeliveryRefusalCode = (typeof DELIVERY_REFUSAL_CODES)[number]

export type ReceivingProfileView = {
  address_id: string
  windows: ReceivingWindow[]
  dock_instructions: string | null
  accepts_pallets: boolean
  site_contact_name: string | null
  site_contact_phone: string | null
  notes: string | null
}

/** GET /store/business/units/:id/receiving-profiles, GET /admin/business-units/:id/receiving-profiles: one per address that has one. */
export type ReceivingProfilesResponse = { receiving_profiles: ReceivingProfileView[] }
/** PUT-like POST …/receiving-profiles/:address_id */
export type ReceivingProfileResponse = { receiving_profile: ReceivingProfileView }

export type ClosedDate = { date: string; note?: string | null }

export type DeliveryCalendarView = {
  id: string
  name: string
  /** null: the default calendar (carts whose shipping option has none of its own). */
  shipping_option_id: string | null
  delivery_weekdays: IsoWeekday[]
  /** Local "HH:MM" in time_zone. */
  cutoff_time: string
  /** Working days (Mon–Fri, not closed) between the order day and the earliest delivery. */
  lead_days: number
  closed_dates: ClosedDate[]
  time_zone: string
}
/** GET /admin/delivery-calendars */
export type DeliveryCalendarsResponse = { delivery_calendars: DeliveryCalendarView[] }
/** POST /admin/delivery-calendars, POST /admin/delivery-calendars/:id */
export type DeliveryCalendarResponse = { delivery_calendar: DeliveryCalendarView }

/** GET /store/business/carts/:id/delivery-dates?address_id=&count= : the next dates this cart may be delivered to that address. */
export type DeliveryDatesResponse = {
  address_id: string
  dates: AllowedDate[]
  time_zone: string
  cutoff_time: string
  lead_days: number
}

export type DeliveryLineView = {
  line_item_id: string
  variant_id: string | null
  title: string
  sku: string | null
  quantity: number
  unit_price: number
}

export type DeliveryAddressView = {
  address_id: string
  label: string | null
  company: string | null
  address_1: string
  city: string
  postal_code: string
  country_code: string
}

export type PlannedDeliveryView = {
  id: string
  position: number
  address: DeliveryAddressView
  requested_date: string
  window: { from: string; to: string } | null
  lines: DeliveryLineView[]
  receiving_profile: ReceivingProfileView | null
}

/** GET/POST /store/business/carts/:id/deliveries: the cart's plan (null before one is set). */
export type DeliveryPlanResponse = {
  delivery_plan: {
    id: string
    cart_id: string
    status: "open" | "placed"
    deliveries: PlannedDeliveryView[]
    /** Several deliveries: placed with POST /store/business/carts/:id/deliveries/complete (one order per delivery); one: the usual cart completion. */
    split: boolean
    /**
     * What the checkout costs in all: the cart's total plus one more shipping per extra delivery.
     * Approval rules, budgets and the net-terms credit check see this total.
     */
    total: number
    shipping_per_delivery: number
    currency_code: string
  } | null
}

export type PlacedDeliveryView = {
  id: string
  plan_id: string
  order_id: string | null
  display_id: number | null
  requested_date: string
  window: { from: string; to: string } | null
  address: DeliveryAddressView
  /** Medusa's order status and fulfillment status of the delivery's order. */
  status: string | null
  fulfillment_status: string | null
  tracking_numbers: string[]
  total: number | null
  currency_code: string | null
  po_number: string | null
}

/** POST /store/business/carts/:id/deliveries/complete: the checkout group and its orders (one per delivery). */
export type PlacedDeliveriesResponse = { plan_id: string; deliveries: PlacedDeliveryView[] }

/** GET /store/business/deliveries?unit_id=&limit=&offset= (portal) */
export type DeliveriesResponse = { deliveries: PlacedDeliveryView[]; count: number; limit: number; offset: number }

export type PickListLine = { variant_id: string | null; sku: string | null; title: string; quantity: number }
export type PickListStop = {
  delivery_id: string
  order_id: string | null
  display_id: number | null
  business_unit_id: string
  business_unit_name: string | null
  address: DeliveryAddressView
  window: { from: string; to: string } | null
  receiving_profile: ReceivingProfileView | null
  fulfillment_status: string | null
  lines: PickListLine[]
}
/** GET /admin/deliveries/pick-list?date=YYYY-MM-DD : placed, not canceled deliveries due that day, by address. */
export type PickListResponse = { date: string; stops: PickListStop[]; totals: PickListLine[] }

/** GET /admin/deliveries?order_id= : the delivery of an order (admin order page). */
export type AdminOrderDeliveryResponse = { delivery: (PlacedDeliveryView & { receiving_profile: ReceivingProfileView | null; sibling_order_ids: string[] }) | null }
