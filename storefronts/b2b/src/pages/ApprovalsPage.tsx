import { Link } from "react-router"
import { Async, formatMoney, useAsync } from "@storefronts/shared"
import { listApprovals } from "../api/approvals"
import type { ApprovalFlow } from "../../../../src/lib/approvals/contract"
import { useCart } from "../cart/cart-context"
import { ApprovalCard } from "../components/ApprovalCard"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { StatusBadge } from "../components/StatusBadge"
import { formatDateTime } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { sdk } from "../sdk"
import { useUnitSession } from "../session/session-context"

export function ApprovalsPage() {
  usePageTitle("Approvals")
  const { can } = useUnitSession()
  return (
    <div className="stack">
      <PageHeader title="Approvals" subtitle="Orders above your company's limits wait here for a decision before they are placed." />
      {can("orders.approve") && <ToApprove />}
      <MyRequests />
    </div>
  )
}

/**
 * Who asked: the approval names only the associate, but approvers may read the unit's carts
 * ("carts.view_others"), and the cart carries its buyer's email.
 */
function useRequesterEmails(approvals: ApprovalFlow[] | undefined) {
  const { unitHeaders } = useUnitSession()
  const cartIds = [...new Set((approvals ?? []).map((a) => a.cart_id))]
  return useAsync(async () => {
    const entries = await Promise.all(
      cartIds.map((id) =>
        sdk.store.cart.retrieve(id, { fields: "id,email" }, unitHeaders()).then(
          ({ cart }) => [id, cart.email ?? ""] as const,
          () => [id, ""] as const // not readable: the card falls back to the associate reference
        )
      )
    )
    return new Map(entries.filter(([, email]) => email))
  }, [cartIds.join(","), unitHeaders])
}

function ToApprove() {
  const { unitHeaders } = useUnitSession()
  const inbox = useAsync(() => listApprovals("to_approve", unitHeaders()), [unitHeaders])
  const emails = useRequesterEmails(inbox.data)
  return (
    <section className="stack" data-testid="to-approve">
      <div className="page-header">
        <h2>To approve</h2>
        <button className="secondary small" onClick={inbox.reload}>Refresh</button>
      </div>
      <Async state={inbox}>
        {(approvals) =>
          approvals.length === 0 ? (
            <EmptyState title="Nothing waits for you">
              <p className="muted">Orders that need your approval will show up here.</p>
            </EmptyState>
          ) : (
            <div className="stack">
              {approvals.map((approval) => (
                <ApprovalCard key={approval.id} approval={approval} requester={emails.data?.get(approval.cart_id)} onDecided={inbox.reload} />
              ))}
            </div>
          )
        }
      </Async>
    </section>
  )
}

function MyRequests() {
  const { unitHeaders, units } = useUnitSession()
  const { cart } = useCart()
  const mine = useAsync(() => listApprovals("mine", unitHeaders()), [unitHeaders])
  return (
    <section className="stack" data-testid="my-requests">
      <div className="page-header">
        <h2>My requests</h2>
        <button className="secondary small" onClick={mine.reload}>Refresh</button>
      </div>
      <Async state={mine}>
        {(approvals) =>
          approvals.length === 0 ? (
            <EmptyState title="No approval requests">
              <p className="muted">When an order needs approval, checkout lets you submit it; it then shows up here.</p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Submitted</th>
                    <th>Unit</th>
                    <th className="num">Total</th>
                    <th>Why</th>
                    <th>Status</th>
                    <th aria-label="Next step" />
                  </tr>
                </thead>
                <tbody>
                  {approvals.map((approval) => {
                    const rejection = approval.decisions?.find((d) => d.decision === "reject")
                    return (
                      <tr key={approval.id} data-testid="my-approval-row" data-status={approval.status}>
                        <td>{formatDateTime(approval.created_at)}</td>
                        <td>{units.find((u) => u.id === approval.business_unit_id)?.name ?? "–"}</td>
                        <td className="num">{formatMoney(Number(approval.cart_total), approval.currency_code)}</td>
                        <td className="muted">
                          {approval.reasons.join("; ")}
                          {rejection?.comment && <div>Rejected: “{rejection.comment}”</div>}
                        </td>
                        <td>
                          <StatusBadge status={approval.status} />
                          {approval.status === "pending" && <div className="muted small-print">step {approval.current_tier + 1} of {approval.tiers.length}</div>}
                        </td>
                        <td>
                          {approval.status === "approved" && cart?.id === approval.cart_id && <Link to="/checkout">Place the order</Link>}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </section>
  )
}
