import { XMarkMini } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { isIsoDate } from "../../../lib/delivery/calendar"
import { formatCalendarDate } from "../../lib/format"

type ClosedDateRow = { date: string; note: string }

/** Dates nobody delivers (holidays): the list, sorted, each with its note and a remove button, and a row adding one. */
export function ClosedDatesEditor({ value, onChange }: { value: ClosedDateRow[]; onChange: (value: ClosedDateRow[]) => void }) {
  const [date, setDate] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)

  const add = () => {
    if (!isIsoDate(date)) return setError("Pick a date")
    if (value.some((c) => c.date === date)) return setError(`${formatCalendarDate(date)} is already closed`)
    onChange([...value, { date, note }].sort((a, b) => a.date.localeCompare(b.date)))
    setDate("")
    setNote("")
    setError(null)
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid="closed-dates">
      {value.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No closed dates.
        </Text>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border">
          {value.map((closed) => (
            <li key={closed.date} className="flex items-center gap-x-2 px-3 py-1.5" data-testid="closed-date" data-date={closed.date}>
              <Text size="small" weight="plus" className="w-28 shrink-0">
                {formatCalendarDate(closed.date)}
              </Text>
              <Input
                size="small"
                aria-label={`Note for ${closed.date}`}
                placeholder="Note (optional)"
                value={closed.note}
                onChange={(e) => onChange(value.map((c) => (c.date === closed.date ? { ...c, note: e.target.value } : c)))}
              />
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                aria-label={`Remove ${closed.date}`}
                onClick={() => onChange(value.filter((c) => c.date !== closed.date))}
                data-testid="remove-closed-date"
              >
                <XMarkMini />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      {/* Enter adds the date here instead of submitting the calendar's form. */}
      <div
        className="flex items-center gap-x-2"
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault()
            add()
          }
        }}
      >
        <Input type="date" size="small" aria-label="Closed date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="closed-date-input" />
        <Input size="small" aria-label="Note" placeholder="e.g. Christmas" value={note} onChange={(e) => setNote(e.target.value)} data-testid="closed-date-note" />
        <Button size="small" variant="secondary" type="button" onClick={add} data-testid="add-closed-date">
          Add
        </Button>
      </div>
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}
