import { FormEvent, useState } from "react"
import { Link } from "react-router"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { Availability } from "../lib/variants"
import { ProductVariant } from "../types"

/**
 * Quantity and "Add to cart" for one variant. The product page remounts it (via key) when the
 * variant changes, so a confirmation never refers to the wrong variant.
 */
export function AddToCartForm({
  variant,
  availability,
  purchasable,
}: {
  variant: ProductVariant | undefined
  availability: Availability
  purchasable: boolean
}) {
  const { addItem } = useCart()
  // Kept as text so the shopper can clear the field while typing a new number.
  const [quantityText, setQuantityText] = useState("1")
  const [adding, setAdding] = useState(false)
  const [addedQuantity, setAddedQuantity] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  const maxQuantity = availability.purchasableQuantity ?? undefined
  const outOfStock = availability.status === "out_of_stock"

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!variant) return
    const quantity = Number(quantityText)
    if (!Number.isInteger(quantity) || quantity < 1) {
      setError("Please enter a quantity of at least 1.")
      return
    }
    if (maxQuantity !== undefined && quantity > maxQuantity) {
      setError(`Only ${maxQuantity} available.`)
      return
    }
    setAdding(true)
    setError(null)
    setAddedQuantity(null)
    try {
      await addItem(variant.id, quantity)
      setAddedQuantity(quantity)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setAdding(false)
    }
  }

  return (
    <form className="stack add-to-cart" onSubmit={submit} noValidate>
      <div className="row add-to-cart-row">
        <label className="quantity-field">
          Quantity
          <input
            type="number"
            name="quantity"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            value={quantityText}
            disabled={outOfStock}
            onChange={(event) => setQuantityText(event.target.value)}
            data-testid="quantity-input"
          />
        </label>
        <button type="submit" className="add-to-cart-button" disabled={outOfStock || !purchasable || adding} data-testid="add-to-cart">
          {adding ? "Adding…" : "Add to cart"}
        </button>
      </div>
      {!purchasable && !outOfStock && <p className="muted">This product is not sold in your region.</p>}
      {addedQuantity !== null && (
        <p className="notice" role="status" data-testid="added-notice">
          Added {addedQuantity} × {variant?.title ?? "item"} to your cart. <Link to="/cart">View cart →</Link>
        </p>
      )}
      <ErrorBox message={error} />
    </form>
  )
}
