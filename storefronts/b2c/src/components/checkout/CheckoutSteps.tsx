import { useState } from "react"
import { useRegion } from "../../region/region-context"
import { Cart, Customer } from "../../types"
import { AddressForm } from "./AddressForm"
import { hasSavedAddress, shippingCountries } from "./address-fields"
import { PaymentSection } from "./PaymentSection"
import { ShippingOptions } from "./ShippingOptions"

/**
 * Address, then delivery, then payment. Editing the address hides delivery again until it is
 * saved, so options and prices always match the address the order will ship to.
 */
export function CheckoutSteps({ cart, customer, onCartChange }: { cart: Cart; customer: Customer | null; onCartChange: (cart: Cart) => void }) {
  const { regions } = useRegion()
  const [addressSaved, setAddressSaved] = useState(() => hasSavedAddress(cart))
  const countries = shippingCountries(cart.region?.countries ?? regions.find((region) => region.id === cart.region_id)?.countries)
  const shippingChosen = (cart.shipping_methods?.length ?? 0) > 0

  return (
    <div className="stack checkout-steps">
      <AddressForm
        cart={cart}
        customer={customer}
        countries={countries}
        saved={addressSaved}
        onSaved={(updated) => {
          onCartChange(updated)
          setAddressSaved(true)
        }}
        onEdited={() => setAddressSaved(false)}
      />
      {addressSaved ? (
        <ShippingOptions cart={cart} onCartChange={onCartChange} />
      ) : (
        <section className="card checkout-step step-pending">
          <h2><span className="step-number">2</span> Delivery</h2>
          <p className="muted">Continue from your address to see delivery options.</p>
        </section>
      )}
      <PaymentSection cart={cart} ready={addressSaved && shippingChosen} />
    </div>
  )
}
