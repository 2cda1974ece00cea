import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import BusinessModule from "../modules/business"

export default defineLink({ linkable: CartModule.linkable.cart, isList: true }, BusinessModule.linkable.businessAssociate)
