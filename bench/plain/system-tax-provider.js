const { ModuleProvider, Modules } = require("@medusajs/framework/utils")
const SystemTaxService = require("@medusajs/tax/dist/providers/system").default

/**
 * Medusa's own system tax provider, registered under the id the seeded tax regions name
 * (`tp_treatment_default`): plain Medusa applies the same rates, with none of the project's
 * tax treatment (no hooks, no unit lookups).
 */
class PlainSystemTaxProvider extends SystemTaxService {
  static identifier = "treatment"
}

module.exports = ModuleProvider(Modules.TAX, { services: [PlainSystemTaxProvider] })
