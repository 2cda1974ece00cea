import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import BusinessModule from "../modules/business"

// Read-only: the associate keeps the customer id itself, so no link table is needed to go
// from an associate to its customer (query: associate.customer.*).
export default defineLink(
  { linkable: BusinessModule.linkable.businessAssociate, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
