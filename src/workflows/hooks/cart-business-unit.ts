import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { BUSINESS_MODULE } from "../../modules/business"
import BusinessModuleService from "../../modules/business/service"
import { cartBusinessLinks } from "../business/utils/cart-links"
import { issueInvoiceForOrder, withdrawInvoice } from "../net-terms/utils/issue-invoice"

type LinkDefinition = Record<string, Record<string, string>>

/**
 * A cart created in a business context belongs to that unit and to the associate who created
 * it, and so does the order placed from it. The unit comes from the server-side context
 * (src/api/store/carts/middlewares.ts); it is checked again here against the cart's customer,
 * so no caller of the workflow can attach a cart to a unit its customer does not belong to.
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
    const links: LinkDefinition[] = [
      { [Modules.CART]: { cart_id: cart.id }, [BUSINESS_MODULE]: { business_unit_id: unitId } },
      { [Modules.CART]: { cart_id: cart.id }, [BUSINESS_MODULE]: { business_associate_id: associateId } },
    ]
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)

// Medusa 2.21 registers the orderCreated hook at run time but leaves it out of the hooks'
// type (marked @ignore in core-flows' complete-cart), hence the cast.
const orderCreatedHook = (completeCartWorkflow.hooks as any).orderCreated as typeof completeCartWorkflow.hooks.validate

// One handler per hook: it also writes the invoice of a net-terms order.
orderCreatedHook(
  async ({ order_id, cart_id }: any, { container }) => {
    const cart = await cartBusinessLinks(container, cart_id)
    const links: LinkDefinition[] = []
    if (cart?.business_unit) {
      links.push({ [Modules.ORDER]: { order_id }, [BUSINESS_MODULE]: { business_unit_id: cart.business_unit.id } })
    }
    if (cart?.business_associate) {
      links.push({ [Modules.ORDER]: { order_id }, [BUSINESS_MODULE]: { business_associate_id: cart.business_associate.id } })
    }
    const invoice = await issueInvoiceForOrder(container, order_id, cart_id)
    try {
      if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    } catch (error) {
      // A step that throws is not compensated itself: undo its own first write here.
      await withdrawInvoice(container, invoice)
      throw error
    }
    return new StepResponse(undefined, { links, invoice })
  },
  async (done: any, { container }) => {
    if (!done) return
    await withdrawInvoice(container, done.invoice)
    if (done.links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(done.links)
  }
)
