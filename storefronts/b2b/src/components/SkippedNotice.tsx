import { useLocation } from "react-router"

type Skipped = { variant_id: string; product_title: string | null }

/** After a copy or a new recurring order: the lines left out (no longer sold), which arrive with the navigation. */
export function SkippedNotice({ testId }: { testId: string }) {
  const skipped = (useLocation().state as { skipped?: Skipped[] } | null)?.skipped ?? []
  if (skipped.length === 0) return null
  return (
    <p className="notice" data-testid={testId}>
      Left out because they are no longer sold: {skipped.map((s) => s.product_title ?? s.variant_id).join(", ")}.
    </p>
  )
}
