import { useRef, useState } from "react"
import { errorMessage } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { Cart } from "../types"

type Details = { po_number: string; delivery_instructions: string }

const detailsOf = (cart: Cart): Details => ({
  po_number: String(cart.metadata?.po_number ?? ""),
  delivery_instructions: String(cart.metadata?.delivery_instructions ?? ""),
})

/**
 * PO number and delivery instructions live in the cart's metadata; the order and its invoice
 * carry them on. Saved when a field is left, or with Save.
 */
export function OrderDetailsForm({ cart, editable, onChange }: { cart: Cart; editable: boolean; onChange?: (details: Details) => void }) {
  const { updateCart } = useCart()
  const [details, setDetails] = useState<Details>(() => detailsOf(cart))
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({ kind: "idle" })
  // What the server holds and what the buyer typed last, read by saves already under way.
  const savedRef = useRef<Details>(detailsOf(cart))
  const latest = useRef<Details>(details)
  const inFlight = useRef(false)
  const saved = detailsOf(cart)
  const dirty = details.po_number !== saved.po_number || details.delivery_instructions !== saved.delivery_instructions

  function change(next: Partial<Details>) {
    const updated = { ...details, ...next }
    latest.current = updated
    setDetails(updated)
    onChange?.(updated)
    if (state.kind === "saved") setState({ kind: "idle" })
  }

  const differs = (a: Details, b: Details) => a.po_number.trim() !== b.po_number.trim() || a.delivery_instructions.trim() !== b.delivery_instructions.trim()

  /**
   * Leaving one field for the other, or for Save, asks for several saves at once: one request
   * runs at a time and, when it ends, the latest text is sent if it changed meanwhile.
   */
  async function save() {
    if (inFlight.current) return
    inFlight.current = true
    try {
      while (differs(latest.current, savedRef.current)) {
        const sending = latest.current
        setState({ kind: "saving" })
        await updateCart({ metadata: { ...(cart.metadata ?? {}), po_number: sending.po_number.trim(), delivery_instructions: sending.delivery_instructions.trim() } })
        savedRef.current = sending
        setState({ kind: "saved" })
      }
    } catch (error) {
      setState({ kind: "error", message: errorMessage(error) })
    } finally {
      inFlight.current = false
    }
  }

  return (
    <div className="stack order-details">
      <label>
        PO number
        <input name="po_number" maxLength={64} placeholder="Your purchase order reference" value={details.po_number} disabled={!editable} onChange={(e) => change({ po_number: e.target.value })} onBlur={() => void save()} />
      </label>
      <label>
        Delivery instructions
        <textarea name="delivery_instructions" rows={3} placeholder="Opening hours, loading dock, contact on site…" value={details.delivery_instructions} disabled={!editable} onChange={(e) => change({ delivery_instructions: e.target.value })} onBlur={() => void save()} />
      </label>
      {editable && (
        <div className="row">
          <button type="button" className="secondary small" data-testid="save-details" disabled={!dirty || state.kind === "saving"} onClick={() => void save()}>
            {state.kind === "saving" ? "Saving…" : "Save"}
          </button>
          {state.kind === "saved" && !differs(details, savedRef.current) && <span className="ok-text" role="status">Saved</span>}
          {state.kind === "error" && <span className="error-text" role="alert">{state.message}</span>}
        </div>
      )}
    </div>
  )
}
