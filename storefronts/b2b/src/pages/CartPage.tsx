import { FormEvent, useState } from "react"
import { Link, useLocation, useNavigate } from "react-router"
import { ErrorBox, errorMessage, Loading, PriceTaxNote } from "@storefronts/shared"
import { BulkAddResult, downloadOrderSheet } from "../api/bulk"
import { requestQuote } from "../api/quotes"
import { CreatedList, createShoppingList } from "../api/shopping-lists"
import { useCart } from "../cart/cart-context"
import { useCartApproval } from "../cart/use-cart-approval"
import { ApprovalState } from "../components/ApprovalState"
import { BulkReport } from "../components/BulkReport"
import { CartLineRow } from "../components/CartLineRow"
import { CartTotals } from "../components/CartTotals"
import { EmptyState } from "../components/EmptyState"
import { OrderDetailsForm } from "../components/OrderDetailsForm"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { MakeRecurring } from "../components/RecurringOrderForm"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"
import { Cart } from "../types"

export function CartPage() {
  usePageTitle("Cart")
  return (
    <Permitted anyOf={["carts.view_own", "carts.update_own"]}>
      <CartView />
    </Permitted>
  )
}

function CartView() {
  const { cart, restoring } = useCart()
  const { activeUnit } = useUnitSession()
  if (restoring) return <Loading label="Loading your cart…" />
  if (!cart || !cart.items?.length) {
    return (
      <EmptyState title="Your cart is empty" testId="cart-empty">
        <p className="muted">Carts are kept per business unit; this is the cart of {activeUnit.name}.</p>
        <div className="row">
          <Link to="/" className="button">Browse the catalog</Link>
          <Link to="/quick-order" className="button secondary">Quick order</Link>
        </div>
      </EmptyState>
    )
  }
  return <FilledCart cart={cart} />
}

function FilledCart({ cart }: { cart: Cart }) {
  const { can, unitHeaders } = useUnitSession()
  // A reorder from the order list arrives with its report.
  const reorderReport = (useLocation().state as { report?: BulkAddResult } | null)?.report
  const approval = useCartApproval(cart.id)
  // While a cart waits for approval the backend refuses every change to it.
  const locked = approval.data?.status === "pending"
  const editable = can("carts.update_own") && !locked
  const [poNumber, setPoNumber] = useState(String(cart.metadata?.po_number ?? ""))

  return (
    <div className="stack">
      <PageHeader
        title="Cart"
        subtitle={`${cart.items?.length} line${cart.items?.length === 1 ? "" : "s"}`}
        actions={
          <button type="button" className="secondary small" data-testid="cart-download" onClick={() => void downloadOrderSheet(`/carts/${cart.id}/export`, "cart.csv", unitHeaders())}>
            Download as CSV
          </button>
        }
      />
      {reorderReport && <BulkReport report={reorderReport} currency={cart.currency_code} />}
      {approval.data && <ApprovalState approval={approval.data} onRefresh={approval.reload} />}
      <div className="cart-layout">
        <section className="card">
          <div className="table-wrap">
            <table className="cart-table">
              <thead>
                <tr>
                  <th>Product</th>
                  <th className="num">Unit price <PriceTaxNote channel="wholesale" currency={cart.currency_code} /></th>
                  <th className="num">Quantity</th>
                  <th className="num">Total</th>
                  <th aria-label="Actions" />
                </tr>
              </thead>
              <tbody>
                {cart.items?.map((line) => (
                  <CartLineRow key={`${line.id}:${line.quantity}`} line={line} currency={cart.currency_code} editable={editable} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <aside className="stack">
          <section className="card stack">
            <h2>Summary</h2>
            <CartTotals cart={cart} />
            {can("orders.place_own") && (
              <Link to="/checkout" className="button block" data-testid="checkout-link">
                {approval.data?.status === "pending" ? "View checkout status" : "Checkout"}
              </Link>
            )}
          </section>
          <section className="card stack">
            <h2>Order details</h2>
            <OrderDetailsForm cart={cart} editable={editable} onChange={(details) => setPoNumber(details.po_number)} />
          </section>
          {can("quotes.request") && !locked && <RequestQuote cart={cart} poNumber={poNumber} />}
          {can("shopping_lists.manage_own") && <SaveCartAsList cart={cart} />}
        </aside>
      </div>
      <MakeRecurring source={{ cart_id: cart.id }} what="this cart's lines" />
    </div>
  )
}

/** "Save cart as list": the cart's lines become a new list of the unit, the cart stays as it is. */
function SaveCartAsList({ cart }: { cart: Cart }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState("")
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<CreatedList | null>(null)

  async function onSave(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setError("Give the list a name.")
      return
    }
    setSaving(true)
    setError(null)
    try {
      setSaved(await createShoppingList(activeUnit.id, { name: name.trim(), cart_id: cart.id }, unitHeaders()))
      setOpen(false)
      setName("")
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="card stack" data-testid="save-cart-as-list">
      <h2>Order this again later?</h2>
      <p className="muted">Save the cart's lines as a shopping list your colleagues can see and add to their carts.</p>
      {saved && (
        <p className="notice" role="status" data-testid="cart-saved-as-list">
          Saved as <Link to={`/lists/${saved.shopping_list.id}`} data-testid="saved-list-link">{saved.shopping_list.name}</Link> ({saved.shopping_list.items.length} item{saved.shopping_list.items.length === 1 ? "" : "s"}).
          {saved.skipped.length > 0 && <> Left out, no longer sold: {saved.skipped.map((s) => s.product_title ?? s.variant_id).join(", ")}.</>}
        </p>
      )}
      {open ? (
        <form className="stack" onSubmit={onSave}>
          <label>
            Name of the list
            <input name="cart_list_name" data-testid="cart-list-name" placeholder="e.g. Weekly café restock" maxLength={120} value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
          <ErrorBox message={error} />
          <div className="row">
            <button type="submit" data-testid="cart-list-save" disabled={saving}>{saving ? "Saving…" : "Save list"}</button>
            <button type="button" className="secondary" disabled={saving} onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" className="secondary" data-testid="save-cart-list" onClick={() => setOpen(true)}>Save cart as list</button>
      )}
    </section>
  )
}

/** Asking for a price freezes the cart's lines into a quote; the buyer then starts a fresh cart. */
function RequestQuote({ cart, poNumber }: { cart: Cart; poNumber: string }) {
  const { unitHeaders } = useUnitSession()
  const { forgetCart } = useCart()
  const navigate = useNavigate()
  const [comment, setComment] = useState("")
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onRequest() {
    setSubmitting(true)
    setError(null)
    try {
      const quote = await requestQuote({ cart_id: cart.id, comment: comment.trim() || null, po_number: poNumber.trim() || null }, unitHeaders())
      forgetCart()
      navigate(`/quotes/${quote.id}`)
    } catch (err) {
      setError(errorMessage(err))
      setSubmitting(false)
    }
  }

  return (
    <section className="card stack">
      <h2>Need a better price?</h2>
      <p className="muted">Ask for a quote on this cart. Our sales team answers with an offer you can accept into an order.</p>
      <label>
        Comment for the sales team
        <textarea name="quote_comment" rows={2} placeholder="Volumes, delivery schedule, competing offers…" value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <ErrorBox message={error} />
      <button className="secondary" data-testid="request-quote" disabled={submitting} onClick={() => void onRequest()}>
        {submitting ? "Requesting…" : "Request quote"}
      </button>
    </section>
  )
}
