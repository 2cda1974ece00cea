import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import NetTermsPaymentProvider from "./service"

/** Registered as provider id "net-terms", so Medusa names it `pp_net-terms_net-terms`. */
export const NET_TERMS_PROVIDER_ID = "pp_net-terms_net-terms"

export default ModuleProvider(Modules.PAYMENT, { services: [NetTermsPaymentProvider] })
