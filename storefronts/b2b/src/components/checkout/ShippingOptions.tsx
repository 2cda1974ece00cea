import { formatMoney } from "@storefronts/shared"
import { ShippingOption } from "../../types"

export function ShippingOptions({ options, value, currency, disabled, onChange }: { options: ShippingOption[]; value: string; currency: string; disabled: boolean; onChange: (id: string) => void }) {
  if (!options.length) return <p className="error">No delivery method reaches this cart. Contact us to arrange delivery.</p>
  return (
    <div className="choice-list">
      {options.map((option) => {
        const amount = option.calculated_price?.calculated_amount ?? option.amount
        return (
          <label key={option.id} className={value === option.id ? "choice selected" : "choice"}>
            <input type="radio" name="shipping_option" value={option.id} checked={value === option.id} disabled={disabled} onChange={() => onChange(option.id)} />
            <span className="choice-label">{option.name}</span>
            <span className="choice-amount">{amount == null ? "–" : formatMoney(amount, currency)}</span>
          </label>
        )
      })}
    </div>
  )
}
