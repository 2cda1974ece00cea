import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import BusinessModule from "../modules/business"

// Set on the server when a cart is created in a business context, never from client input.
export default defineLink({ linkable: CartModule.linkable.cart, isList: true }, BusinessModule.linkable.businessUnit)
