import { model } from "@medusajs/framework/utils"
import { PAYMENT_TERMS } from "../../../lib/net-terms/terms"

/**
 * The merchant's net-terms settings for one business unit. Null fields are inherited from the
 * nearest ancestor that sets them (src/lib/net-terms/settings.ts): a division without its own
 * credit limit draws on its company's.
 */
export const TermsSettings = model.define("net_terms_settings", {
  id: model.id({ prefix: "nts" }).primaryKey(),
  business_unit_id: model.text().unique(),
  terms: model.enum([...PAYMENT_TERMS]).nullable(),
  credit_limit: model.bigNumber().nullable(),
  currency_code: model.text().nullable(),
})
