import { FormEvent, useState } from "react"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { sendQuoteMessage } from "../api/quotes"
import type { StoreQuote } from "../../../../src/lib/quotes/contract"
import { formatDateTime } from "../lib/format"
import { useUnitSession } from "../session/session-context"

/** The conversation with the sales team; writing needs the right to answer the quote. */
export function QuoteMessages({ quote, canRespond, onSent }: { quote: StoreQuote; canRespond: boolean; onSent: () => void }) {
  const { customer, unitHeaders } = useUnitSession()
  const [body, setBody] = useState("")
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const messages = quote.messages ?? []

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!body.trim()) return
    setSending(true)
    setError(null)
    try {
      await sendQuoteMessage(quote.id, body.trim(), unitHeaders())
      setBody("")
      onSent()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setSending(false)
    }
  }

  const authorOf = (m: { author_type: string; author_id: string }) =>
    m.author_type === "merchant" ? "Bean & Leaf sales" : m.author_id === customer.id ? "You" : quote.customer_id === m.author_id ? quote.email : "Colleague"

  return (
    <section className="card stack" data-testid="quote-messages">
      <h2>Messages</h2>
      {messages.length === 0 ? (
        <p className="muted">No messages yet.</p>
      ) : (
        <ol className="thread">
          {messages.map((m) => (
            <li key={m.id} className={m.author_type === "merchant" ? "from-merchant" : "from-buyer"} data-testid="quote-message">
              <div className="thread-meta">
                <strong>{authorOf(m)}</strong> <span className="muted">{formatDateTime(m.created_at)}</span>
              </div>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canRespond && (
        <form className="stack" onSubmit={onSubmit}>
          <label>
            Write to our sales team
            <textarea name="message" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <ErrorBox message={error} />
          <div>
            <button type="submit" data-testid="send-message" disabled={sending || !body.trim()}>{sending ? "Sending…" : "Send message"}</button>
          </div>
        </form>
      )}
    </section>
  )
}
