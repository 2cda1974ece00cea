import { useState } from "react"
import { Async, ErrorBox, errorMessage, formatMoney, useAsync } from "@storefronts/shared"
import { sdk, views } from "../../sdk"
import { Cart } from "../../types"

/** Step 2: the delivery methods the backend offers for this cart's address. */
export function ShippingOptions({ cart, onCartChange }: { cart: Cart; onCartChange: (cart: Cart) => void }) {
  const options = useAsync(
    async () => {
      const { shipping_options } = await views.cart(cart.id)
      // Options without a price in the cart's currency belong to another region.
      return shipping_options.filter((option) => typeof option.amount === "number")
    },
    [cart.id, cart.region_id, cart.shipping_address?.country_code]
  )
  const [choosingId, setChoosingId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const chosenId = cart.shipping_methods?.[0]?.shipping_option_id

  async function choose(optionId: string) {
    setChoosingId(optionId)
    setError(null)
    try {
      const { cart: updated } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId })
      onCartChange(updated)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setChoosingId(null)
    }
  }

  return (
    <section className="card stack checkout-step" aria-labelledby="shipping-heading">
      <h2 id="shipping-heading"><span className="step-number">2</span> Delivery</h2>
      <Async state={options}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">We cannot deliver to this address yet. Please choose another country.</p>
          ) : (
            <fieldset className="shipping-options" disabled={choosingId !== null}>
              <legend className="visually-hidden">Delivery method</legend>
              {list.map((option) => (
                <label key={option.id} className={`shipping-option${(choosingId ?? chosenId) === option.id ? " selected" : ""}`}>
                  <input
                    type="radio"
                    name="shipping_option"
                    value={option.id}
                    checked={(choosingId ?? chosenId) === option.id}
                    disabled={option.insufficient_inventory}
                    onChange={() => choose(option.id)}
                  />
                  <span className="shipping-option-name">
                    {option.name}
                    {option.type?.description && <small className="muted">{option.type.description}</small>}
                  </span>
                  <strong>{formatMoney(option.amount, cart.currency_code)}</strong>
                </label>
              ))}
            </fieldset>
          )
        }
      </Async>
      <ErrorBox message={error} />
    </section>
  )
}
