import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ShoppingListModule from "../modules/shopping-list"

// Read-only: the list keeps its owner's customer id (query: shopping_list.customer.*).
export default defineLink(
  { linkable: ShoppingListModule.linkable.shoppingList, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
