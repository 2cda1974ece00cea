import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PaymentTerms } from "../../../lib/net-terms/terms"
import { businessModule } from "../../../modules/business"
import { netTermsModule } from "../../../modules/net-terms"

export type SaveTermsSettingsInput = {
  business_unit_id: string
  terms?: PaymentTerms | null
  credit_limit?: number | null
  currency_code?: string | null
}

export const saveTermsSettingsStepId = "save-net-terms-settings"

/** Creates or updates a unit's terms and credit limit; the limit's currency defaults to the unit's. */
export const saveTermsSettingsStep = createStep(
  saveTermsSettingsStepId,
  async (input: SaveTermsSettingsInput, { container }) => {
    const unit = await businessModule(container).retrieveBusinessUnitOrFail(input.business_unit_id)
    const service = netTermsModule(container)
    const [before] = await service.listTermsSettings({ business_unit_id: unit.id })
    const limit = input.credit_limit === undefined ? before?.credit_limit ?? null : input.credit_limit
    const changes = {
      terms: input.terms === undefined ? before?.terms ?? null : input.terms,
      credit_limit: limit,
      currency_code: limit === null ? null : (input.currency_code ?? before?.currency_code ?? unit.currency_code ?? "eur").toLowerCase(),
    }
    const saved = before
      ? await service.updateTermsSettings({ id: before.id, ...changes })
      : await service.createTermsSettings({ business_unit_id: unit.id, ...changes })
    return new StepResponse(saved, { id: saved.id, before: before ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = netTermsModule(container)
    if (!undo.before) return service.deleteTermsSettings(undo.id)
    const { terms, credit_limit, currency_code } = undo.before
    await service.updateTermsSettings({ id: undo.id, terms, credit_limit, currency_code })
  }
)
