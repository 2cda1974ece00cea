import { Module } from "@medusajs/framework/utils"
import QuantityRulesModuleService from "./service"

export const QUANTITY_RULES_MODULE = "quantity_rules"

export default Module(QUANTITY_RULES_MODULE, { service: QuantityRulesModuleService })
