import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TaxTreatmentProvider from "./service"

/** Registered as provider id "default", so Medusa names it `tp_treatment_default`; every seeded tax region uses it. */
export const TAX_TREATMENT_PROVIDER_ID = "tp_treatment_default"

export default ModuleProvider(Modules.TAX, { services: [TaxTreatmentProvider] })
