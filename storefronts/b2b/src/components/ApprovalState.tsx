import { formatMoney } from "@storefronts/shared"
import type { ApprovalFlow } from "../../../../src/lib/approvals/contract"
import { StatusBadge } from "./StatusBadge"

/** Where a cart's approval stands, as the buyer sees it on the cart and at checkout. */
export function ApprovalState({ approval, onRefresh }: { approval: ApprovalFlow; onRefresh?: () => void }) {
  const total = formatMoney(Number(approval.cart_total), approval.currency_code)
  const rejection = approval.decisions?.find((d) => d.decision === "reject")

  if (approval.status === "pending") {
    return (
      <div className="approval-state wait" data-testid="waiting-approval" role="status">
        <div className="row spread">
          <strong>Waiting for approval</strong>
          <StatusBadge status={approval.status} testId="approval-status" />
        </div>
        <p>
          This cart ({total}) was submitted for approval and is at step {approval.current_tier + 1} of {approval.tiers.length}. It cannot be
          changed until it is decided; you will be able to place the order once it is approved.
        </p>
        <ul className="reasons">{approval.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
        {onRefresh && <button className="secondary small" data-testid="refresh-approval" onClick={onRefresh}>Check again</button>}
      </div>
    )
  }
  if (approval.status === "approved") {
    return (
      <div className="approval-state ok" data-testid="approval-approved" role="status">
        <div className="row spread">
          <strong>Approved</strong>
          <StatusBadge status={approval.status} testId="approval-status" />
        </div>
        <p>This cart ({total}) was approved. Place the order to complete it; changing the cart would need a new approval.</p>
      </div>
    )
  }
  if (approval.status === "rejected") {
    return (
      <div className="approval-state bad" data-testid="approval-rejected" role="alert">
        <div className="row spread">
          <strong>Approval rejected</strong>
          <StatusBadge status={approval.status} testId="approval-status" />
        </div>
        <p>
          This cart ({total}) was rejected{rejection?.comment ? `: “${rejection.comment}”` : "."} Change the cart and submit it again, or
          ask your approver.
        </p>
      </div>
    )
  }
  return null
}
