import { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import RecurringOrderModuleService from "./service"

export const RECURRING_ORDER_MODULE = "recurring_order"

export const recurringOrderModule = (container: MedusaContainer): RecurringOrderModuleService => container.resolve(RECURRING_ORDER_MODULE)

export default Module(RECURRING_ORDER_MODULE, { service: RecurringOrderModuleService })
