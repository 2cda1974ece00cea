import { MedusaContainer } from "@medusajs/framework/types"
import { PaymentTermsView } from "../../lib/views/contract"
import { netTermsModule } from "../../modules/net-terms"
import { termsOfUnit } from "../../workflows/net-terms/terms-of-unit"

/** A unit's payment terms as checkout shows them: offered or not, and the credit available. */
export async function paymentTermsView(scope: MedusaContainer, unitId: string): Promise<PaymentTermsView> {
  const terms = await termsOfUnit(scope, unitId)
  if (!terms) return { enabled: false }
  const { limit, available, currency_code } = await netTermsModule(scope).creditPositionOf(terms)
  return { enabled: true, terms: terms.terms, credit_limit: limit, credit_available: available, currency_code }
}
