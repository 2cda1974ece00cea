import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BusinessModule from "../modules/business"

export default defineLink({ linkable: OrderModule.linkable.order, isList: true }, BusinessModule.linkable.businessAssociate)
