import { useState } from "react"
import { Link } from "react-router"
import { ErrorBox, errorMessage, formatMoney, useAsync } from "@storefronts/shared"
import { acceptQuote, declineQuote, QuoteOrder, renegotiateQuote } from "../api/quotes"
import type { QuoteApprovalSummary, StoreQuote } from "../../../../src/lib/quotes/contract"
import { sdk } from "../sdk"
import { useUnitSession } from "../session/session-context"

/** Accept, decline or renegotiate — only what the quote's state and the buyer's role allow. */
export function QuoteActions({ quote, canRespond, onChanged }: { quote: StoreQuote; canRespond: boolean; onChanged: () => void }) {
  const { unitHeaders } = useUnitSession()
  const [comment, setComment] = useState("")
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [order, setOrder] = useState<QuoteOrder | null>(null)
  const [approval, setApproval] = useState<QuoteApprovalSummary | null>(quote.approval ?? null)
  const allowed = (action: string) => canRespond && quote.next_actions.includes(action)

  async function run(action: string, call: () => Promise<unknown>) {
    setBusy(action)
    setError(null)
    try {
      await call()
      onChanged()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  const accept = () =>
    run("accept", async () => {
      const accepted = await acceptQuote(quote.id, unitHeaders())
      if (accepted.status === "ordered") setOrder(accepted.order)
      else setApproval(accepted.approval)
    })
  const decline = () => run("decline", () => declineQuote(quote.id, comment.trim() || null, unitHeaders()))
  const renegotiate = () => {
    if (!comment.trim()) {
      setError("Say what should change before asking to renegotiate.")
      return
    }
    void run("renegotiate", () => renegotiateQuote(quote.id, comment.trim(), unitHeaders()))
  }

  const orderId = order?.id ?? quote.order_id
  if (orderId) return <QuoteOrderLink orderId={orderId} known={order} />
  if (approval?.status === "pending") return <QuoteWaitingForApproval approval={approval} />
  if (!["accept", "decline", "renegotiate"].some(allowed)) {
    return quote.status === "sent" && !canRespond ? <p className="muted card">Your role can see this quote but not answer it.</p> : null
  }

  return (
    <section className="card stack">
      <h2>Your answer</h2>
      {allowed("accept") && (
        <button data-testid="accept-quote" className="block" disabled={busy !== null} onClick={() => void accept()}>
          {busy === "accept" ? "Placing the order…" : `Accept and order (${formatMoney(quote.offer.total, quote.currency_code)})`}
        </button>
      )}
      {(allowed("decline") || allowed("renegotiate")) && (
        <label>
          Comment
          <textarea name="response_comment" rows={2} placeholder="Required to renegotiate, optional to decline" value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
      )}
      <div className="row">
        {allowed("renegotiate") && (
          <button className="secondary" data-testid="renegotiate-quote" disabled={busy !== null} onClick={renegotiate}>
            {busy === "renegotiate" ? "Sending…" : "Ask to renegotiate"}
          </button>
        )}
        {allowed("decline") && (
          <button className="secondary danger" data-testid="decline-quote" disabled={busy !== null} onClick={() => void decline()}>
            {busy === "decline" ? "Declining…" : "Decline"}
          </button>
        )}
      </div>
      <ErrorBox message={error} />
    </section>
  )
}

/** Accepting needed approval: the order is placed once the unit's approvers approve. */
function QuoteWaitingForApproval({ approval }: { approval: QuoteApprovalSummary }) {
  return (
    <section className="card stack notice-card" data-testid="quote-waiting-approval">
      <h2>Waiting for approval</h2>
      <p>Your unit's approvers must approve this order first ({approval.reasons.join("; ")}). It is placed as soon as they do.</p>
    </section>
  )
}

/** The order an accepted quote became; its number comes with the accept answer or is looked up. */
function QuoteOrderLink({ orderId, known }: { orderId: string; known: QuoteOrder | null }) {
  const order = useAsync(
    async () => known ?? (await sdk.store.order.retrieve(orderId, { fields: "id,display_id" })).order,
    [orderId, known]
  )
  return (
    <section className="card stack notice-card">
      <h2>Ordered</h2>
      <p>
        This quote was accepted and became{" "}
        <Link to={`/orders/${orderId}`} data-testid="quote-order">
          order #{order.data?.display_id ?? "…"}
        </Link>
        .
      </p>
    </section>
  )
}
