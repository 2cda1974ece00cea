import { Input, toast } from "@medusajs/ui"
import { useEffect, useMemo } from "react"
import { type ShippingOptionName, useSaveDeliveryCalendar } from "../../hooks/use-deliveries"
import { errorMessage } from "../../lib/errors"
import type { DeliveryCalendarView } from "../../../lib/delivery/contract"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { OptionSelect } from "../common/option-select"
import { useFormDrawer } from "../common/use-form-drawer"
import { calendarFormFrom, calendarInputFrom, validateCalendarForm } from "./calendar-form"
import { ClosedDatesEditor } from "./closed-dates-editor"
import { WeekdayCheckboxes } from "./weekday-checkboxes"

/** IANA zones the browser knows, for the time zone field's suggestions. */
const TIME_ZONES: string[] = (() => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  try {
    return intl.supportedValuesOf?.("timeZone") ?? []
  } catch {
    return []
  }
})()

export type CalendarTarget = DeliveryCalendarView | "new"

/**
 * Creates a delivery calendar (`target` "new") or edits one: name, the shipping option it is for
 * (none: the default calendar), delivery weekdays, cut-off, lead days, time zone and closed dates.
 * A shipping option has at most one calendar, and there is one default: options already taken
 * are not offered.
 */
export function CalendarFormDrawer({
  target,
  calendars,
  shippingOptions,
  onClose,
}: {
  target: CalendarTarget | null
  calendars: DeliveryCalendarView[]
  shippingOptions: ShippingOptionName[]
  onClose: () => void
}) {
  const calendar = target === "new" ? null : target
  const taken = useMemo(() => new Set(calendars.filter((c) => c.id !== calendar?.id).map((c) => c.shipping_option_id)), [calendars, calendar])
  const options = shippingOptions.filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: o.name }))
  const defaultFree = !taken.has(null)
  // A new calendar is for the first free shipping option once a default exists.
  const { open, openDrawer, values, setValues, errors, serverError, submitWith } = useFormDrawer(
    () => calendarFormFrom(calendar, calendar || defaultFree ? "" : options[0]?.value ?? ""),
    (values) => ({
      ...validateCalendarForm(values),
      shipping_option_id: values.shipping_option_id || defaultFree ? undefined : "There is a default calendar already: pick a shipping option",
    })
  )
  const save = useSaveDeliveryCalendar()
  // The section owns which calendar is edited: the drawer opens and closes with it.
  useEffect(() => openDrawer(!!target), [target])

  const submit = () =>
    submitWith((values, fail) =>
      save.mutate(
        { id: calendar?.id, input: calendarInputFrom(values) },
        {
          onSuccess: (saved) => (toast.success(calendar ? `${saved.name} saved` : `${saved.name} created`), onClose()),
          onError: (error) => (fail(error), toast.error(errorMessage(error))),
        }
      )
    )

  const set = <K extends keyof typeof values>(key: K) => (value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }))

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={calendar ? "Edit delivery calendar" : "Create delivery calendar"}
      description="When orders can be delivered: carts offer only the dates this calendar allows."
      onSubmit={submit}
      submitting={save.isPending}
      testId="delivery-calendar-drawer"
      submitTestId="delivery-calendar-submit"
    >
      <FormError message={serverError} />
      <Field label="Name" htmlFor="calendar-name" error={errors.name}>
        <Input id="calendar-name" name="name" value={values.name} onChange={(e) => set("name")(e.target.value)} placeholder="e.g. Standard delivery" />
      </Field>
      <Field
        label="Shipping option"
        htmlFor="calendar-shipping-option"
        error={errors.shipping_option_id}
        hint={values.shipping_option_id ? "Carts shipping with this option use this calendar." : "The default calendar: for shipping options without their own."}
      >
        <OptionSelect
          id="calendar-shipping-option"
          value={values.shipping_option_id}
          onChange={set("shipping_option_id")}
          options={options}
          emptyLabel={defaultFree ? "None (default calendar)" : undefined}
          placeholder="Shipping option"
          testId="calendar-shipping-option"
        />
      </Field>
      <Field label="Delivery days" error={errors.delivery_weekdays}>
        <WeekdayCheckboxes value={values.delivery_weekdays} onChange={set("delivery_weekdays")} idPrefix="calendar-weekday" />
      </Field>
      <div className="grid grid-cols-2 gap-x-4">
        <Field label="Order cut-off" htmlFor="calendar-cutoff" error={errors.cutoff_time} hint="Later orders count as placed the next day.">
          <Input id="calendar-cutoff" name="cutoff_time" type="time" value={values.cutoff_time} onChange={(e) => set("cutoff_time")(e.target.value)} data-testid="calendar-cutoff" />
        </Field>
        <Field label="Lead days" htmlFor="calendar-lead-days" error={errors.lead_days} hint="Working days (Mon–Fri, not closed) before the earliest delivery.">
          <Input id="calendar-lead-days" name="lead_days" type="number" min={0} max={60} value={values.lead_days} onChange={(e) => set("lead_days")(e.target.value)} data-testid="calendar-lead-days" />
        </Field>
      </div>
      <Field label="Time zone" htmlFor="calendar-time-zone" error={errors.time_zone} hint="Dates, cut-off and receiving windows are read in this zone.">
        <Input id="calendar-time-zone" name="time_zone" list="calendar-time-zones" value={values.time_zone} onChange={(e) => set("time_zone")(e.target.value)} data-testid="calendar-time-zone" />
      </Field>
      <datalist id="calendar-time-zones">
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field label="Closed dates" error={errors.closed_dates} hint="Nobody delivers on these dates, and they do not count as lead days.">
        <ClosedDatesEditor value={values.closed_dates} onChange={set("closed_dates")} />
      </Field>
    </FormDrawer>
  )
}
