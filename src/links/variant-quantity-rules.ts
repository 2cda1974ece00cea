import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import QuantityRulesModule from "../modules/quantity-rules"

// Read-only: a rule keeps its variant id, so `variants.quantity_rules.*` needs no link table.
export default defineLink(
  { linkable: ProductModule.linkable.productVariant, field: "id" },
  { linkable: QuantityRulesModule.linkable.variantQuantityRule, field: "variant_id", isList: true },
  { readOnly: true }
)
