import { Text } from "@medusajs/ui"
import { formatMoney } from "../../lib/format"
import { AGING_BUCKETS, type AgingBucket } from "../../../lib/net-terms/contract"

const BUCKET_LABEL: Record<AgingBucket, string> = {
  current: "Current",
  "1-30": "1–30 days",
  "31-60": "31–60 days",
  "61-90": "61–90 days",
  "90+": "90+ days",
}

/** Open amounts per aging bucket (days past due). */
export function AgingSummary({
  aging,
  currencyCode,
  total,
}: {
  aging: Record<AgingBucket, number>
  currencyCode: string | null
  total?: number
}) {
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="aging-summary">
      {AGING_BUCKETS.map((bucket) => (
        <div key={bucket} className="flex flex-col rounded-md border px-3 py-2" data-testid={`aging-${bucket}`}>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {BUCKET_LABEL[bucket]}
          </Text>
          <Text size="small" weight="plus" className={bucket !== "current" && aging[bucket] > 0 ? "text-ui-fg-error" : undefined}>
            {formatMoney(aging[bucket] ?? 0, currencyCode)}
          </Text>
        </div>
      ))}
      {total !== undefined && (
        <div className="bg-ui-bg-subtle flex flex-col rounded-md border px-3 py-2" data-testid="aging-total">
          <Text size="xsmall" className="text-ui-fg-subtle">
            Total open
          </Text>
          <Text size="small" weight="plus">
            {formatMoney(total, currencyCode)}
          </Text>
        </div>
      )}
    </div>
  )
}

/** Aging of a set of unpaid invoices, from their days overdue (as the backend's statement does). */
export function agingOf(invoices: { open_amount: number; days_overdue: number }[]): Record<AgingBucket, number> {
  const report = Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, number>
  for (const invoice of invoices) {
    const days = invoice.days_overdue
    const bucket: AgingBucket = days <= 0 ? "current" : days <= 30 ? "1-30" : days <= 60 ? "31-60" : days <= 90 ? "61-90" : "90+"
    report[bucket] = Math.round((report[bucket] + invoice.open_amount) * 100) / 100
  }
  return report
}
