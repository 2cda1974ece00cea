import { MedusaContainer } from "@medusajs/framework/types"
import { CreditFact } from "../../lib/business-cart/policy"
import { EffectiveTerms } from "../../lib/net-terms/settings"
import { PaymentTermsView } from "../../lib/views/contract"
import { netTermsModule } from "../../modules/net-terms"
import { termsOfUnit } from "../../workflows/net-terms/terms-of-unit"

/** A unit's payment terms as checkout shows them: offered or not, and the credit available. */
export async function paymentTermsView(scope: MedusaContainer, unitId: string): Promise<PaymentTermsView> {
  const terms = await termsOfUnit(scope, unitId)
  return paymentTermsOf(terms, terms ? await netTermsModule(scope).creditPositionOf(terms) : null)
}

/** The same from terms and a credit position already read (the cart view has both from the business-cart loader). */
export function paymentTermsOf(terms: EffectiveTerms | null, credit: CreditFact | null): PaymentTermsView {
  if (!terms || !credit) return { enabled: false }
  return { enabled: true, terms: terms.terms, credit_limit: credit.limit, credit_available: credit.available, currency_code: credit.currency_code }
}
