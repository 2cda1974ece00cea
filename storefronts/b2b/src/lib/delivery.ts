import type { UnitAddress } from "../../../../src/lib/business/contract"
import { DELIVERY_WEEKDAYS } from "../../../../src/lib/delivery/contract"
import type { AllowedDate, DeliveryAddressView, IsoWeekday } from "../api/delivery"

/** Delivery terms on screen: weekdays, windows, requested dates and addresses as buyers read them. */

export const WEEKDAYS = DELIVERY_WEEKDAYS

/** "07:00–10:00", or the words for no window (any time). */
export function windowText(window: { from: string; to: string } | null | undefined): string {
  return window ? `${window.from}–${window.to}` : "any time"
}

/** A date the buyer may pick, as a label: "Thu 3 Dec 2026, 07:00–10:00". */
export function allowedDateLabel({ date, window }: AllowedDate): string {
  return `${formatDeliveryDate(date)}${window ? `, ${windowText(window)}` : ""}`
}

/** A calendar date "YYYY-MM-DD" with its weekday, read as the date it is (no time zone shift). */
export function formatDeliveryDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number)
  if (!y || !m || !d) return date
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d, 12)))
}

/** One line for a unit's address: "Café Mitte, Torstraße 5, 10119 Berlin". */
export function unitAddressLine(a: Pick<UnitAddress, "label" | "address_1" | "postal_code" | "city">): string {
  return [a.label, a.address_1, `${a.postal_code} ${a.city}`].filter(Boolean).join(", ")
}

/** A delivery's address as one line (the label the unit gave it first). */
export function deliveryAddressLine(a: DeliveryAddressView): string {
  return [a.label ?? a.company, a.address_1, `${a.postal_code} ${a.city}`].filter(Boolean).join(", ")
}
