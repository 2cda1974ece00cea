import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import BusinessModule from "../modules/business"

// The unit's customer group: its associates join it, so a price list for the group gives them
// the company's negotiated prices.
export default defineLink(BusinessModule.linkable.businessUnit, CustomerModule.linkable.customerGroup)
