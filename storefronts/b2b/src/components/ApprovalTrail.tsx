import type { OrderApproval, OrderPerson } from "../../../../src/lib/orders/contract"
import { formatDateTime } from "../lib/format"
import { useUnitSession } from "../session/session-context"
import { StatusBadge } from "./StatusBadge"

/** "You" for the caller, else the colleague's email. */
function Person({ person }: { person: OrderPerson }) {
  const { customer } = useUnitSession()
  if (person.customer_id === customer.id) return <>you</>
  return <>{person.email ?? "a former colleague"}</>
}

/** How the order got through approval: each request (oldest first) with its decisions. */
export function ApprovalTrail({ approvals }: { approvals: OrderApproval[] }) {
  return (
    <section className="card stack" data-testid="approval-trail">
      <h2>Approval</h2>
      {approvals.length === 0 ? (
        <p className="muted" data-testid="approval-none">No approval was needed.</p>
      ) : (
        approvals.map((approval) => (
          <div key={approval.id} className="stack" data-testid="approval-request" data-status={approval.status}>
            <div className="row spread">
              <span className="muted">
                Requested by <Person person={approval.requested_by} />, {formatDateTime(approval.requested_at)}
              </span>
              <StatusBadge status={approval.status} />
            </div>
            <ul className="reasons">{approval.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
            {approval.decisions.length > 0 && (
              <ol className="facts">
                {approval.decisions.map((d) => (
                  <li key={`${d.tier}-${d.created_at}`} data-testid="approval-decision" data-decision={d.decision}>
                    Step {d.tier + 1}: {d.decision === "approve" ? "approved" : "rejected"} by <Person person={d.decided_by} />, {formatDateTime(d.created_at)}
                    {d.comment ? <> — “{d.comment}”</> : null}
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))
      )}
    </section>
  )
}
