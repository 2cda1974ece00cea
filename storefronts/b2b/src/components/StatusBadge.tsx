import { humanize } from "../lib/format"

/** Colour by meaning, so every list reads the same way: good, waiting, bad, neutral. */
const TONES: Record<string, "ok" | "wait" | "bad" | "neutral"> = {
  approved: "ok", accepted: "ok", paid: "ok", completed: "ok", sent: "wait",
  pending: "wait", requested: "wait", drafting: "wait", renegotiating: "wait", open: "wait", partially_paid: "wait",
  rejected: "bad", declined: "bad", overdue: "bad", canceled: "bad", withdrawn: "bad", expired: "bad",
  void: "neutral", archived: "neutral",
  no_longer_available: "bad", out_of_stock: "bad",
  // Recurring orders and their runs.
  active: "ok", placed: "ok", paused: "wait", running: "wait", awaiting_approval: "wait", failed: "bad", ended: "neutral", skipped: "neutral",
}

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <span className={`badge badge-${TONES[status] ?? "neutral"}`} data-testid={testId} data-status={status}>
      {humanize(status)}
    </span>
  )
}
