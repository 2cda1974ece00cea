import { FormEvent, useState } from "react"
import { errorMessage, formatMoney, PriceTaxNote } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { describeRule } from "../lib/catalog"
import { ProductVariant } from "../types"
import { AddedToList, AddedToListNote, AddToListPanel, ListPicker } from "./AddToList"

type Props = { variant: ProductVariant; canOrder: boolean; listPicker?: ListPicker | null }

/**
 * One orderable SKU: the company's price, a quantity (guided by the channel's rule) and Add;
 * for buyers who keep shopping lists, "Add to list" with the same quantity.
 */
export function VariantRow({ variant, canOrder, listPicker }: Props) {
  const { addItem } = useCart()
  const rule = variant.quantity_rule ?? undefined
  const step = rule?.increment ?? 1
  const min = rule?.min_quantity ?? 1
  const [quantity, setQuantity] = useState(String(min))
  const [state, setState] = useState<{ kind: "idle" | "adding" | "added" | "error"; message?: string }>({ kind: "idle" })
  const [listOpen, setListOpen] = useState(false)
  const [savedTo, setSavedTo] = useState<{ list: AddedToList; quantity: string } | null>(null)
  const price = variant.calculated_price
  const sku = variant.sku ?? variant.id
  const listPrice = price?.original_amount
  const discounted = price && listPrice != null && price.calculated_amount != null && Number(listPrice) > Number(price.calculated_amount)

  async function onAdd(event: FormEvent) {
    event.preventDefault()
    const amount = Number(quantity)
    if (!Number.isInteger(amount) || amount < 1) {
      setState({ kind: "error", message: "Enter a whole number of at least 1" })
      return
    }
    setState({ kind: "adding" })
    try {
      await addItem(variant.id, amount)
      setState({ kind: "added", message: `${amount} added to cart` })
    } catch (error) {
      setState({ kind: "error", message: errorMessage(error) })
    }
  }

  const ruleText = describeRule(rule)
  return (
    <form className="variant-row" onSubmit={onAdd}>
      <div className="variant-id">
        <code className="sku">{sku}</code>
        {variant.title && variant.title !== "Default" && <span className="muted">{variant.title}</span>}
      </div>
      <div className="variant-price">
        <strong data-testid={`price-${sku}`}>{price ? formatMoney(price.calculated_amount, price.currency_code ?? "eur") : "–"}</strong>
        {discounted && <s className="muted">{formatMoney(listPrice, price.currency_code ?? "eur")}</s>}
        {price && <PriceTaxNote channel="wholesale" currency={price.currency_code ?? "eur"} />}
      </div>
      {(canOrder || listPicker) && (
        <div className="variant-order">
          <input
            aria-label={`Quantity of ${sku}`}
            className="qty-input"
            type="number"
            inputMode="numeric"
            min={min}
            max={rule?.max_quantity ?? undefined}
            step={step}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
          {canOrder && (
            <button type="submit" data-testid={`add-${sku}`} disabled={state.kind === "adding" || !price}>
              {state.kind === "adding" ? "Adding…" : "Add"}
            </button>
          )}
          {listPicker && (
            <button
              type="button"
              className="secondary list-toggle"
              data-testid={`add-to-list-${sku}`}
              aria-label={`Add ${sku} to a shopping list`}
              title="Add to a shopping list"
              aria-expanded={listOpen}
              onClick={() => {
                listPicker.open()
                setListOpen((open) => !open)
              }}
            >
              + List
            </button>
          )}
        </div>
      )}
      {listPicker && listOpen && (
        <AddToListPanel
          variantId={variant.id}
          sku={sku}
          quantity={quantity}
          picker={listPicker}
          onCancel={() => setListOpen(false)}
          onAdded={(list) => {
            setSavedTo({ list, quantity })
            setListOpen(false)
          }}
        />
      )}
      {(ruleText || state.message || savedTo) && (
        <div className="variant-note">
          {ruleText && <span className="muted">Order {ruleText}</span>}
          {state.kind === "added" && <span className="ok-text" role="status">{state.message}</span>}
          {state.kind === "error" && <span className="error-text" role="alert">{state.message}</span>}
          {savedTo && <AddedToListNote list={savedTo.list} quantity={savedTo.quantity} sku={sku} />}
        </div>
      )}
    </form>
  )
}
