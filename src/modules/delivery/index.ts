import { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import DeliveryModuleService from "./service"

export const DELIVERY_MODULE = "delivery"

export const deliveryModule = (container: MedusaContainer): DeliveryModuleService => container.resolve(DELIVERY_MODULE)

export default Module(DELIVERY_MODULE, { service: DeliveryModuleService })
