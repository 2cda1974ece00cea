import { MedusaContainer } from "@medusajs/framework/types"
import { netTermsModule } from "../../modules/net-terms"
import { saveTermsSettingsWorkflow } from "../../workflows/net-terms/workflows/save-terms-settings"

/** Acme Cafés pays Net 30 within 10,000 EUR (its Berlin division draws on it); Globex has no terms. */
export const ACME_TERMS = { terms: "net_30" as const, credit_limit: 10000, currency_code: "eur" }

export async function seedNetTerms(container: MedusaContainer, acmeId: string) {
  const [existing] = await netTermsModule(container).listTermsSettings({ business_unit_id: acmeId })
  if (existing) return
  await saveTermsSettingsWorkflow(container).run({ input: { business_unit_id: acmeId, ...ACME_TERMS } })
}
