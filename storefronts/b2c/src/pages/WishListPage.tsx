import { useState } from "react"
import { Link } from "react-router"
import { ErrorBox, errorMessage, formatMoney, Loading } from "@storefronts/shared"
import type { BulkAddResult, BulkRowReport } from "../../../../src/lib/bulk-order/contract"
import type { ShoppingListItemView } from "../../../../src/lib/shopping-lists/contract"
import { LineProduct, useLineChange } from "../components/LineParts"
import { QuantityControl } from "../components/QuantityControl"
import { usePageTitle } from "../lib/page-title"
import { stockAvailability } from "../lib/variants"
import { needsSignIn } from "../wish-list/wish-list-api"
import { useWishList } from "../wish-list/wish-list-context"
import { useSignInForWishList } from "../wish-list/sign-in"

/** What is moving: every item, one item, or nothing. */
type Moving = { itemIds?: string[] } | null

export function WishListPage() {
  usePageTitle("Wish list")
  const { wishList, loading, error, signInNeeded, reload, moveToCart } = useWishList()
  const signIn = useSignInForWishList()
  const [moving, setMoving] = useState<Moving>(null)
  const [report, setReport] = useState<BulkAddResult | null>(null)
  const [moveError, setMoveError] = useState<string | null>(null)

  if (signInNeeded) {
    return (
      <div className="empty-state card" data-testid="wish-list-sign-in">
        <h1>Your wish list</h1>
        <p className="muted">Sign in to save the products you love and find them here later.</p>
        <button type="button" onClick={() => signIn()} data-testid="wish-list-sign-in-button">Sign in or create an account</button>
      </div>
    )
  }
  if (loading) return <Loading label="Loading your wish list…" />
  if (error || !wishList) {
    return (
      <div className="stack">
        <h1>Your wish list</h1>
        <ErrorBox message={error ?? "Your wish list could not be loaded."} />
        <button type="button" className="secondary" onClick={reload}>Try again</button>
      </div>
    )
  }

  /** Moved items leave the list; refused ones stay, with the report saying why. */
  async function move(itemIds?: string[]) {
    setMoving({ itemIds })
    setMoveError(null)
    setReport(null)
    try {
      setReport(await moveToCart(itemIds))
    } catch (err) {
      if (needsSignIn(err)) signIn()
      else setMoveError(errorMessage(err))
    } finally {
      setMoving(null)
    }
  }

  const items = [...wishList.items].sort((a, b) => a.position - b.position)
  const refusedByVariant = new Map((report?.rows ?? []).filter((row) => row.status === "refused" && row.variant_id).map((row) => [row.variant_id!, row]))
  const movable = items.filter(canMove)
  const count = items.length

  return (
    <div className="stack">
      <h1>
        Your wish list{" "}
        <span className="muted heading-note" data-testid="wish-list-heading-count">
          ({count} {count === 1 ? "item" : "items"})
        </span>
      </h1>
      {report && <MoveNotice report={report} />}
      <ErrorBox message={moveError} />
      {count === 0 ? (
        <div className="empty-state card" data-testid="wish-list-empty">
          <h2>Your wish list is empty</h2>
          <p className="muted">Tap the heart on any product to save it here for later.</p>
          <Link to="/products" className="button">Browse products</Link>
        </div>
      ) : (
        <div className="cart-layout">
          <div className="cart-lines card" data-testid="wish-list-items">
            {items.map((item) => (
              <WishListLine
                key={item.id}
                item={item}
                refusal={refusedByVariant.get(item.variant_id)}
                moving={moving !== null}
                onMove={() => move([item.id])}
              />
            ))}
          </div>
          <aside className="card stack cart-summary">
            <h2>Summary</h2>
            <p className="muted">
              {movable.length === count
                ? `${count} ${count === 1 ? "item" : "items"} ready for your cart.`
                : `${movable.length} of ${count} items can go into your cart right now.`}
            </p>
            <button
              type="button"
              className="checkout-button"
              disabled={moving !== null || movable.length === 0}
              onClick={() => void move()}
              data-testid="wish-list-move-all"
            >
              {moving && !moving.itemIds ? "Moving…" : "Move all to cart"}
            </button>
            <Link to="/products" className="continue-link">← Continue shopping</Link>
          </aside>
        </div>
      )}
    </div>
  )
}

/** Items no longer sold, or sold out, cannot go into the cart (the backend would refuse them). */
function canMove(item: ShoppingListItemView) {
  return item.sold && stockAvailability(item.available).status !== "out_of_stock"
}

function WishListLine({
  item,
  refusal,
  moving,
  onMove,
}: {
  item: ShoppingListItemView
  refusal: BulkRowReport | undefined
  moving: boolean
  onMove: () => void
}) {
  const { remove, setQuantity } = useWishList()
  const signIn = useSignInForWishList()
  const { busy, error, run } = useLineChange((err) => {
    if (!needsSignIn(err)) return false
    signIn()
    return true
  })

  const title = item.product_title
  const availability = stockAvailability(item.available)
  const link = item.sold && item.product_handle ? `/products/${item.product_handle}?variant=${encodeURIComponent(item.variant_id)}` : null
  return (
    <div
      className={`wish-line${busy ? " is-busy" : ""}${item.sold ? "" : " is-unsold"}`}
      data-testid="wish-item"
      data-item-id={item.id}
      data-variant-id={item.variant_id}
      data-sold={item.sold ? "true" : "false"}
    >
      <LineProduct thumbnail={item.thumbnail} title={title} link={link}>
        {item.variant_title && <span className="muted" data-testid="wish-item-variant">{item.variant_title}</span>}
        {item.sold ? (
          <>
            <span className="muted" data-testid="wish-item-price">
              {item.unit_price === null || !item.currency_code ? "Price unavailable" : `${formatMoney(item.unit_price, item.currency_code)} each`}
            </span>
            <span className={`availability small ${availability.status}`} data-testid="wish-item-availability">{availability.label}</span>
          </>
        ) : (
          <span className="wish-unsold" data-testid="wish-item-unavailable">No longer available</span>
        )}
        {refusal && (
          <span className="field-error" data-testid="wish-item-refusal" data-code={refusal.code ?? ""}>
            Not moved: {refusalReason(refusal)}
          </span>
        )}
      </LineProduct>
      <QuantityControl quantity={item.quantity} disabled={busy || moving} onChange={(quantity) => run(() => setQuantity(item.id, quantity))} />
      <button type="button" className="secondary small wish-line-move" disabled={busy || moving || !canMove(item)} onClick={onMove} data-testid="wish-item-move">
        Move to cart
      </button>
      <button type="button" className="link-button" disabled={busy || moving} onClick={() => run(() => remove([item.id]))} data-testid="wish-item-remove">
        Remove
      </button>
      {error && <div className="cart-line-error"><ErrorBox message={error} /></div>}
    </div>
  )
}

/** After "Move to cart": what went into the cart, and each item that stayed, with the reason. */
function MoveNotice({ report }: { report: BulkAddResult }) {
  const added = report.rows.filter((row) => row.status === "added").length
  const refused = report.rows.filter((row) => row.status === "refused")
  return (
    <div className="card stack" role="status" data-testid="wish-move-notice" data-added={added} data-refused={refused.length}>
      <p>
        {added > 0 ? `${added} ${added === 1 ? "item" : "items"} moved to your cart.` : "Nothing was moved to your cart."}
        {refused.length > 0 && ` ${refused.length} ${refused.length === 1 ? "item stays" : "items stay"} on your wish list:`}
        {added > 0 && (
          <>
            {" "}
            <Link to="/cart" data-testid="wish-move-view-cart">View cart →</Link>
          </>
        )}
      </p>
      {refused.length > 0 && (
        <ul>
          {refused.map((row) => (
            <li key={row.row} data-testid="wish-move-refused" data-code={row.code ?? ""}>
              {[row.product_title, row.variant_title].filter(Boolean).join(", ") || row.sku}: {refusalReason(row)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The reason in the shopper's words, chosen by the refusal code (the backend's text is for the details). */
function refusalReason(row: BulkRowReport): string {
  switch (row.code) {
    case "not_in_channel":
    case "unknown_sku":
      return "no longer available"
    case "out_of_stock":
      return "not enough in stock right now"
    case "invalid_quantity":
      return "the quantity must be at least 1"
    default:
      return row.message ?? "could not be added"
  }
}
