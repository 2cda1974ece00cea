import { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import NetTermsModuleService from "./service"

export const NET_TERMS_MODULE = "net_terms"

export const netTermsModule = (container: MedusaContainer): NetTermsModuleService => container.resolve(NET_TERMS_MODULE)

export default Module(NET_TERMS_MODULE, { service: NetTermsModuleService })
