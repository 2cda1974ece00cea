import { Module } from "@medusajs/framework/utils"
import NetTermsModuleService from "./service"

export const NET_TERMS_MODULE = "net_terms"

export default Module(NET_TERMS_MODULE, { service: NetTermsModuleService })
