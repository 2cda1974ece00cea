import { Text } from "@medusajs/ui"
import { formatMoney } from "../../lib/format"
import type { CreditPosition } from "../../../lib/net-terms/contract"

/** Credit limit, used and available, with a bar of the share used. */
export function CreditSummary({ credit }: { credit: CreditPosition }) {
  const share = credit.limit > 0 ? Math.min(100, Math.max(0, (credit.used / credit.limit) * 100)) : credit.used > 0 ? 100 : 0
  const over = credit.available < 0
  return (
    <div className="flex flex-col gap-y-3" data-testid="credit-summary">
      <div className="grid grid-cols-3 gap-x-4">
        <Figure label="Credit limit" value={formatMoney(credit.limit, credit.currency_code)} testId="credit-limit" />
        <Figure label="Used" value={formatMoney(credit.used, credit.currency_code)} testId="credit-used" />
        <Figure
          label="Available"
          value={formatMoney(credit.available, credit.currency_code)}
          testId="credit-available"
          tone={over ? "error" : undefined}
        />
      </div>
      <div className="bg-ui-bg-component h-2 w-full overflow-hidden rounded-full" aria-hidden>
        <div className={over ? "bg-ui-tag-red-icon h-full" : "bg-ui-tag-blue-icon h-full"} style={{ width: `${share}%` }} />
      </div>
    </div>
  )
}

function Figure({ label, value, testId, tone }: { label: string; value: string; testId: string; tone?: "error" }) {
  return (
    <div className="flex flex-col">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" weight="plus" data-testid={testId} className={tone === "error" ? "text-ui-fg-error" : undefined}>
        {value}
      </Text>
    </div>
  )
}
