import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { businessCartLinks, LinkDefinition } from "../business-cart/line-refs"
import { issueInvoiceForOrder, withdrawInvoice } from "../net-terms/issue-invoice"
import { deliveryModule } from "../../modules/delivery"

// Medusa 2.21 registers the orderCreated hook at run time but leaves it out of the hooks'
// type (marked @ignore in core-flows' complete-cart), hence the cast.
const orderCreatedHook = (completeCartWorkflow.hooks as any).orderCreated as typeof completeCartWorkflow.hooks.validate

/**
 * The order of a business cart belongs to the cart's unit and associate (attributed on the
 * server, from the cart's links), an order on net terms gets its invoice, and a planned delivery
 * knows its order.
 */
orderCreatedHook(
  async ({ order_id, cart_id }: any, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["business_unit.id", "business_associate.id"], filters: { id: cart_id } })
    const cart = data[0] as any
    const links: LinkDefinition[] = cart?.business_unit?.id ? businessCartLinks({ order_id }, cart.business_unit.id, cart.business_associate?.id ?? null) : []
    const invoice = await issueInvoiceForOrder(container, order_id, cart_id, cart?.business_associate?.id ?? null)
    let deliveryId: string | null = null
    let linked = false
    try {
      if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
      linked = true
      if (cart?.business_unit?.id) deliveryId = await deliveryModule(container).recordOrderOfCart(cart_id, order_id)
    } catch (error) {
      // A step that throws is not compensated itself: undo its own earlier writes here.
      await withdrawInvoice(container, invoice)
      if (linked && links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
      throw error
    }
    return new StepResponse(undefined, { links, invoice, deliveryId })
  },
  async (done: any, { container }) => {
    if (!done) return
    await withdrawInvoice(container, done.invoice)
    if (done.deliveryId) await deliveryModule(container).forgetOrderOfDelivery(done.deliveryId)
    if (done.links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(done.links)
  }
)
