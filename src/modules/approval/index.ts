import { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import ApprovalModuleService from "./service"

export const APPROVAL_MODULE = "approval"

export const approvalModule = (container: MedusaContainer): ApprovalModuleService => container.resolve(APPROVAL_MODULE)

export default Module(APPROVAL_MODULE, { service: ApprovalModuleService })
