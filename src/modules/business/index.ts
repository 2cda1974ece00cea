import { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import BusinessModuleService from "./service"

export const BUSINESS_MODULE = "business"

export const businessModule = (container: MedusaContainer): BusinessModuleService => container.resolve(BUSINESS_MODULE)

export default Module(BUSINESS_MODULE, { service: BusinessModuleService })
