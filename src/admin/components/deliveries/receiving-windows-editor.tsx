import { XMarkMini } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { WEEKDAYS } from "../../lib/delivery"
import { type WindowRow, windowKey } from "./receiving-profile-form"

/**
 * An address's receiving windows, one line per weekday Mon–Sun: its from–to windows (each
 * removable) and a button adding one. No window on any day: deliveries any delivery day, any time.
 */
export function ReceivingWindowsEditor({ value, onChange }: { value: WindowRow[]; onChange: (value: WindowRow[]) => void }) {
  const update = (key: number, change: Partial<WindowRow>) => onChange(value.map((w) => (w.key === key ? { ...w, ...change } : w)))
  return (
    <div className="flex flex-col divide-y rounded-md border" data-testid="receiving-windows">
      {WEEKDAYS.map(({ weekday, short, name: long }) => {
        const day = value.filter((w) => w.weekday === weekday)
        return (
          <div key={weekday} className="flex items-start gap-x-3 px-3 py-2" data-testid="receiving-weekday" data-weekday={weekday}>
            <Text size="small" weight="plus" className="w-10 shrink-0 pt-1.5">
              {short}
            </Text>
            <div className="flex flex-1 flex-col gap-y-1.5">
              {day.length === 0 && (
                <Text size="small" className="text-ui-fg-subtle pt-1.5">
                  {value.length ? "Closed" : "Any time"}
                </Text>
              )}
              {day.map((w) => (
                <div key={w.key} className="flex items-center gap-x-2" data-testid="receiving-window">
                  <Input type="time" size="small" aria-label={`${long} from`} value={w.from} onChange={(e) => update(w.key, { from: e.target.value })} data-testid="receiving-window-from" />
                  <span className="text-ui-fg-subtle">–</span>
                  <Input type="time" size="small" aria-label={`${long} to`} value={w.to} onChange={(e) => update(w.key, { to: e.target.value })} data-testid="receiving-window-to" />
                  <IconButton size="small" variant="transparent" type="button" aria-label={`Remove ${long} window`} onClick={() => onChange(value.filter((x) => x.key !== w.key))}>
                    <XMarkMini />
                  </IconButton>
                </div>
              ))}
            </div>
            <Button
              size="small"
              variant="transparent"
              type="button"
              onClick={() => onChange([...value, { key: windowKey(), weekday, from: day.length ? day[day.length - 1].to : "08:00", to: day.length ? "" : "16:00" }])}
              data-testid="add-receiving-window"
            >
              Add window
            </Button>
          </div>
        )
      })}
    </div>
  )
}
