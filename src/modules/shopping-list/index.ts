import { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import ShoppingListModuleService from "./service"

export const SHOPPING_LIST_MODULE = "shopping_list"

export const shoppingListModule = (container: MedusaContainer): ShoppingListModuleService => container.resolve(SHOPPING_LIST_MODULE)

export default Module(SHOPPING_LIST_MODULE, { service: ShoppingListModuleService })
