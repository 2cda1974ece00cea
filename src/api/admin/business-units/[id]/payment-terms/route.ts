import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { businessModule } from "../../../../../modules/business"
import { termsOfUnit } from "../../../../../workflows/net-terms/terms-of-unit"
import { netTermsModule } from "../../../../../modules/net-terms"
import { saveTermsSettingsWorkflow } from "../../../../../workflows/net-terms/workflows/save-terms-settings"
import { AdminPaymentTermsType } from "../../../invoices/validators"
import { AdminPaymentTermsResponse, PaymentTermsState } from "../../../../../lib/net-terms/contract"

async function paymentTermsOf(req: MedusaRequest, unitId: string): Promise<PaymentTermsState> {
  const service = netTermsModule(req.scope)
  const [own] = await service.listTermsSettings({ business_unit_id: unitId })
  const effective = await termsOfUnit(req.scope, unitId)
  return {
    business_unit_id: unitId,
    own: own ? { terms: own.terms, credit_limit: own.credit_limit === null ? null : Number(own.credit_limit), currency_code: own.currency_code } : null,
    effective,
    credit: effective ? await service.creditPositionOf(effective) : null,
  }
}

/** The unit's own settings, what applies after inheritance, and the credit used and available. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  res.json({ payment_terms: await paymentTermsOf(req, unit.id) } satisfies AdminPaymentTermsResponse)
}

/** Sets terms and/or credit limit; `null` clears a field so the unit inherits it again. */
export async function POST(req: MedusaRequest<AdminPaymentTermsType>, res: MedusaResponse) {
  const unit = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  await saveTermsSettingsWorkflow(req.scope).run({ input: { business_unit_id: unit.id, ...req.validatedBody } })
  res.json({ payment_terms: await paymentTermsOf(req, unit.id) } satisfies AdminPaymentTermsResponse)
}
