import { DELIVERY_WEEKDAYS } from "../../lib/delivery/contract"
import type { DeliveryAddressView, IsoWeekday, ReceivingProfileView, ReceivingWindow } from "../../lib/delivery/contract"

/** ISO weekdays in order, with their names (1 = Monday … 7 = Sunday). */
export const WEEKDAYS = DELIVERY_WEEKDAYS

const shortName = (weekday: IsoWeekday) => WEEKDAYS[weekday - 1]?.short ?? `day ${weekday}`

/** "Mon, Tue, Fri" (in weekday order). */
export const weekdaysLabel = (weekdays: IsoWeekday[]): string =>
  [...new Set(weekdays)].sort((a, b) => a - b).map(shortName).join(", ") || "None"

/** "08:00–12:00", or `none` when there is no window. */
export const windowLabel = (window: { from: string; to: string } | null | undefined, none = "Any time"): string =>
  window ? `${window.from}–${window.to}` : none

/** An address's receiving windows in words, one weekday per entry: "Mon 08:00–12:00, 13:00–16:00". */
export function receivingWindowsLabel(windows: ReceivingWindow[]): string[] {
  if (!windows.length) return ["Any delivery day, any time"]
  return WEEKDAYS.flatMap(({ weekday, short }) => {
    const day = windows.filter((w) => w.weekday === weekday).sort((a, b) => a.from.localeCompare(b.from))
    return day.length ? [`${short} ${day.map((w) => windowLabel(w)).join(", ")}`] : []
  })
}

/** A delivery address as lines: label/company, street, postal code and city, country. */
export function deliveryAddressLines(address: DeliveryAddressView): string[] {
  return [
    [address.label, address.company].filter(Boolean).join(" · "),
    address.address_1,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    address.country_code?.toUpperCase(),
  ].filter(Boolean) as string[]
}

/** The site contact in one line: "Jane Doe · +49 30 123", or null. */
export const siteContactLabel = (profile: Pick<ReceivingProfileView, "site_contact_name" | "site_contact_phone">): string | null =>
  [profile.site_contact_name, profile.site_contact_phone].filter(Boolean).join(" · ") || null

/** Today's date "YYYY-MM-DD" in `timeZone` (the browser's own zone when none or an unknown one is given). */
export function todayIn(timeZone?: string | null, now: Date = new Date()): string {
  const format = (zone?: string) => {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now)
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ""
    return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`
  }
  try {
    return format(timeZone || undefined)
  } catch {
    return format()
  }
}

/** "YYYY-MM-DD" plus `days` calendar days (stepped at UTC noon: one day is always one day). */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number)
  const noon = new Date(Date.UTC(year, month - 1, day, 12))
  noon.setUTCDate(noon.getUTCDate() + days)
  return noon.toISOString().slice(0, 10)
}
