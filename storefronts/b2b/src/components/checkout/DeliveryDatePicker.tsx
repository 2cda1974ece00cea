import { useEffect } from "react"
import { useAsync } from "@storefronts/shared"
import { getDeliveryDates } from "../../api/delivery"
import { allowedDateLabel, formatDeliveryDate, windowText } from "../../lib/delivery"
import { useUnitSession } from "../../session/session-context"

const DATES_SHOWN = 20

/**
 * The requested date of a delivery, from the dates the backend allows for the cart and the
 * address (calendar, cut-off, lead time, the address's receiving windows), each with its window.
 * A value that is not (or no longer) allowed gives way to the earliest allowed date, unless locked.
 * `generation` reloads the dates (e.g. after the backend refused a date).
 */
export function DeliveryDatePicker({ cartId, addressId, value, disabled, generation, label, testId, onChange }: {
  cartId: string
  addressId: string
  value: string | null
  disabled: boolean
  generation: number
  label: string
  testId: string
  onChange: (date: string | null) => void
}) {
  const { unitHeaders } = useUnitSession()
  const dates = useAsync(() => getDeliveryDates(cartId, addressId, DATES_SHOWN, unitHeaders()), [cartId, addressId, generation, unitHeaders])
  const list = dates.data?.address_id === addressId ? dates.data.dates : undefined

  useEffect(() => {
    if (!list || disabled) return
    if (!list.some((d) => d.date === value)) onChange(list[0]?.date ?? null)
    // Only a new list (or a value outside it) moves the choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, value, disabled])

  if (dates.loading && !list) {
    return <p className="muted" role="status">Finding delivery dates…</p>
  }
  if (dates.error) {
    return <p className="error" data-testid={`${testId}-error`}>Delivery dates could not be loaded: {dates.error}</p>
  }
  if (!list || list.length === 0) {
    return <p className="error" data-testid={`${testId}-none`}>No delivery date is available for this address in the coming months. Contact us to arrange delivery.</p>
  }
  const chosen = list.find((d) => d.date === value)
  return (
    <div className="stack delivery-date">
      <label>
        {label}
        <select name="requested_date" data-testid={testId} value={value && chosen ? value : ""} disabled={disabled} onChange={(e) => onChange(e.target.value || null)}>
          {!chosen && <option value="">{value ? `${formatDeliveryDate(value)} (no longer available)` : "Choose a date"}</option>}
          {list.map((d) => (
            <option key={d.date} value={d.date}>{allowedDateLabel(d)}</option>
          ))}
        </select>
      </label>
      {chosen && (
        <p className="muted small-print" data-testid={`${testId}-window`}>
          Receiving window {windowText(chosen.window)}
          {dates.data && <> ({dates.data.time_zone}); orders after {dates.data.cutoff_time} count as placed the next day.</>}
        </p>
      )}
    </div>
  )
}
