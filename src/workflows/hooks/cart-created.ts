import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow, updateTaxLinesWorkflow } from "@medusajs/medusa/core-flows"
import { BUSINESS_MODULE } from "../../modules/business"
import BusinessModuleService from "../../modules/business/service"
import { businessCartLinks, LinkDefinition } from "../business-cart/line-refs"
import { isZeroRated } from "../../lib/tax/contract"
import { taxTreatmentOf } from "../tax/tax-treatment-of"

/**
 * A cart created in a business context belongs to that unit and to the associate who created
 * it. The unit comes from the server-side context (src/api/store/carts/middlewares.ts); it is
 * checked again here against the cart's customer, so no caller of the workflow can attach a
 * cart to a unit its customer does not belong to. Medusa taxed a cart created with items
 * before this link existed, as a consumer's: a unit whose treatment zero-rates it is taxed again.
 */
createCartWorkflow.hooks.cartCreated(
  async ({ cart, additional_data }, { container }) => {
    const unitId = additional_data?.business_unit_id as string | undefined
    const associateId = additional_data?.associate_id as string | undefined
    if (!unitId || !associateId) {
      return new StepResponse(undefined, [] as LinkDefinition[])
    }
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const [associate] = await service.listBusinessAssociates({ id: associateId })
    if (!associate || associate.customer_id !== cart.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart's customer is not this business unit's associate")
    }
    const links = businessCartLinks({ cart_id: cart.id }, unitId, associateId)
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    const treatment = await taxTreatmentOf(container, "cart", cart.id)
    if (isZeroRated(treatment.kind)) {
      await updateTaxLinesWorkflow(container).run({ input: { cart_id: cart.id } })
    }
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
