import { formatMoney } from "@storefronts/shared"
import type { PaymentTermsView } from "../../../../../src/lib/views/contract"
import { formatTerms } from "../../lib/format"

export const NET_TERMS_PROVIDER = "pp_net-terms_net-terms"
export const PAY_NOW_PROVIDER = "pp_system_default"

/** Net terms only where the unit has them (its own or its company's); paying now is always possible. */
export function PaymentChoice({ terms, value, disabled, onChange }: { terms: PaymentTermsView; value: string; disabled: boolean; onChange: (provider: string) => void }) {
  return (
    <div className="choice-list">
      {terms.enabled && (
        <label className={value === NET_TERMS_PROVIDER ? "choice selected" : "choice"}>
          <input type="radio" name="payment_provider" value={NET_TERMS_PROVIDER} checked={value === NET_TERMS_PROVIDER} disabled={disabled} onChange={() => onChange(NET_TERMS_PROVIDER)} />
          <span className="choice-label">
            Net terms — pay on invoice ({formatTerms(terms.terms)})
            <small className="muted">
              Credit available: <strong data-testid="credit-available">{formatMoney(terms.credit_available, terms.currency_code)}</strong> of{" "}
              {formatMoney(terms.credit_limit, terms.currency_code)}
            </small>
          </span>
        </label>
      )}
      <label className={value === PAY_NOW_PROVIDER ? "choice selected" : "choice"}>
        <input type="radio" name="payment_provider" value={PAY_NOW_PROVIDER} checked={value === PAY_NOW_PROVIDER} disabled={disabled} onChange={() => onChange(PAY_NOW_PROVIDER)} />
        <span className="choice-label">
          Pay now (demo)
          <small className="muted">A demo payment that is authorised at once.</small>
        </span>
      </label>
    </div>
  )
}
