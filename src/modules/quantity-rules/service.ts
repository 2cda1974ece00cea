import { MedusaService } from "@medusajs/framework/utils"
import { VariantQuantityRule } from "./models/variant-quantity-rule"

class QuantityRulesModuleService extends MedusaService({ VariantQuantityRule }) {}

export default QuantityRulesModuleService
