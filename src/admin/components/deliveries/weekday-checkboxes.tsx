import { CheckboxList } from "../common/checkbox-list"
import { WEEKDAYS } from "../../lib/delivery"
import type { IsoWeekday } from "../../../lib/delivery/contract"

const OPTIONS = WEEKDAYS.map((d) => ({ value: String(d.weekday), label: d.short }))

/** Mon–Sun as checkboxes. */
export function WeekdayCheckboxes({ value, onChange, idPrefix }: { value: IsoWeekday[]; onChange: (value: IsoWeekday[]) => void; idPrefix: string }) {
  return (
    <CheckboxList
      options={OPTIONS}
      value={value.map(String)}
      onChange={(next) => onChange(next.map((v) => Number(v) as IsoWeekday).sort((a, b) => a - b))}
      idPrefix={idPrefix}
    />
  )
}
