import { useState } from "react"
import { ErrorBox, errorMessage, formatMoney, PriceTaxNote } from "@storefronts/shared"
import { decideApproval } from "../api/approvals"
import type { ApprovalFlow } from "../../../../src/lib/approvals/contract"
import { formatDateTime, shortRef } from "../lib/format"
import { useUnitSession } from "../session/session-context"

/** One approval waiting for the viewer: who asked, why, the lines, and the decision. */
export function ApprovalCard({ approval, requester, onDecided }: { approval: ApprovalFlow; requester: string | undefined; onDecided: () => void }) {
  const { units, unitHeaders } = useUnitSession()
  const [comment, setComment] = useState("")
  const [busy, setBusy] = useState<"approve" | "reject" | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [decided, setDecided] = useState<string | null>(null)
  const unitName = units.find((u) => u.id === approval.business_unit_id)?.name ?? "another unit"

  async function decide(decision: "approve" | "reject") {
    setBusy(decision)
    setError(null)
    try {
      const updated = await decideApproval(approval.id, decision, comment.trim() || null, unitHeaders())
      setDecided(
        updated.status === "pending"
          ? `Approved at step ${approval.current_tier + 1}; it now waits for step ${updated.current_tier + 1} of ${updated.tiers.length}.`
          : updated.status === "approved"
            ? "Approved. The buyer can now place the order."
            : "Rejected. The buyer has been told."
      )
      setTimeout(onDecided, 1500)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <article className="card stack" data-testid="approval-row" data-approval-id={approval.id}>
      <div className="row spread">
        <div>
          <strong>{formatMoney(Number(approval.cart_total), approval.currency_code)}</strong>{" "}
          <span className="muted">
            from <span data-testid="approval-requester">{requester ?? `associate …${shortRef(approval.requester_associate_id)}`}</span> · {unitName} ·{" "}
            {formatDateTime(approval.created_at)}
          </span>
        </div>
        <span className="muted">Step {approval.current_tier + 1} of {approval.tiers.length}</span>
      </div>
      <ul className="reasons">{approval.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
      <SnapshotLines approval={approval} />
      {decided ? (
        <p className="notice" role="status">{decided}</p>
      ) : (
        <div className="decision-row">
          <input name="comment" aria-label="Comment (optional)" placeholder="Comment (optional)" value={comment} onChange={(e) => setComment(e.target.value)} />
          <button data-testid="approve" disabled={busy !== null} onClick={() => void decide("approve")}>{busy === "approve" ? "Approving…" : "Approve"}</button>
          <button className="secondary danger" data-testid="reject" disabled={busy !== null} onClick={() => void decide("reject")}>{busy === "reject" ? "Rejecting…" : "Reject"}</button>
        </div>
      )}
      <ErrorBox message={error} />
    </article>
  )
}

/** The cart as it was submitted: what the approver is asked to approve. */
function SnapshotLines({ approval }: { approval: ApprovalFlow }) {
  const currency = approval.snapshot?.currency_code ?? approval.currency_code
  return (
    <div className="table-wrap">
      <table className="compact">
        <thead>
          <tr>
            <th>SKU</th>
            <th>Product</th>
            <th className="num">Qty</th>
            <th className="num">Unit price <PriceTaxNote channel="wholesale" currency={currency} /></th>
            <th className="num">Total</th>
          </tr>
        </thead>
        <tbody>
          {(approval.snapshot?.lines ?? []).map((line, i) => (
            <tr key={i}>
              <td><code>{line.sku ?? "–"}</code></td>
              <td>{line.title}</td>
              <td className="num">{line.quantity}</td>
              <td className="num">{formatMoney(line.unit_price, currency)}</td>
              <td className="num">{formatMoney(line.unit_price * line.quantity, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
