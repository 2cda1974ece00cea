import { isClockTime } from "../../../lib/delivery/calendar"
import type { IsoWeekday, ReceivingProfileView } from "../../../lib/delivery/contract"
import type { ReceivingProfileInput } from "../../hooks/use-deliveries"
import { WEEKDAYS } from "../../lib/delivery"
import { Errors, optionalText } from "../../lib/validation"

export type WindowRow = { key: number; weekday: IsoWeekday; from: string; to: string }

export type ReceivingProfileFormValues = {
  windows: WindowRow[]
  dock_instructions: string
  accepts_pallets: boolean
  site_contact_name: string
  site_contact_phone: string
  notes: string
}

export type ReceivingProfileFormErrors = Errors<"windows">

/** Most receiving windows an address may have (the backend's limit). */
export const MAX_WINDOWS = 21

let nextKey = 0
/** A new row's key (rows are added and removed, so the index is no key). */
export const windowKey = () => ++nextKey

export const receivingProfileFormFrom = (profile: ReceivingProfileView | null): ReceivingProfileFormValues => ({
  windows: (profile?.windows ?? []).map((w) => ({ key: windowKey(), weekday: w.weekday, from: w.from, to: w.to })),
  dock_instructions: profile?.dock_instructions ?? "",
  accepts_pallets: profile?.accepts_pallets ?? true,
  site_contact_name: profile?.site_contact_name ?? "",
  site_contact_phone: profile?.site_contact_phone ?? "",
  notes: profile?.notes ?? "",
})

export function validateReceivingProfileForm(values: ReceivingProfileFormValues): ReceivingProfileFormErrors {
  const errors: ReceivingProfileFormErrors = {}
  for (const { weekday: value, name: long } of WEEKDAYS) {
    const day = values.windows.filter((w) => w.weekday === value)
    if (day.some((w) => !isClockTime(w.from) || !isClockTime(w.to))) {
      errors.windows = `${long}: give each window's times as HH:MM`
      break
    }
    if (day.some((w) => w.from >= w.to)) {
      errors.windows = `${long}: a window ends after it starts`
      break
    }
    const sorted = [...day].sort((a, b) => a.from.localeCompare(b.from))
    if (sorted.some((w, i) => i > 0 && w.from < sorted[i - 1].to)) {
      errors.windows = `${long}: windows overlap`
      break
    }
  }
  if (!errors.windows && values.windows.length > MAX_WINDOWS) errors.windows = `At most ${MAX_WINDOWS} windows in all`
  return errors
}

/** The body of POST …/receiving-profiles/:address_id: every field, cleared ones as null, windows by weekday and time. */
export function receivingProfileInputFrom(values: ReceivingProfileFormValues): ReceivingProfileInput {
  return {
    windows: values.windows
      .map(({ weekday, from, to }) => ({ weekday, from, to }))
      .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from)),
    dock_instructions: optionalText(values.dock_instructions),
    accepts_pallets: values.accepts_pallets,
    site_contact_name: optionalText(values.site_contact_name),
    site_contact_phone: optionalText(values.site_contact_phone),
    notes: optionalText(values.notes),
  }
}
