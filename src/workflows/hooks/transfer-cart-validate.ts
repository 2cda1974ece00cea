import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { isWholesaleChannel } from "../../lib/channels"
import { businessCartLinks, LinkDefinition } from "../business-cart/line-refs"
import { loadUnitFacts, permissionsOf, refusalError } from "../business-cart/load-business-cart"
import { checkCartOpener } from "../../lib/business-cart/policy"
import { Permission } from "../../lib/business/permissions"

/**
 * A Wholesale cart handed to a logged-in customer (`POST /store/carts/:id/customer`, what a
 * storefront calls after login) becomes a business cart when that customer is an associate:
 * it is linked to the unit of the request's business context (decided on the server by the
 * route's middleware and passed as additional_data), so the company prices that the transfer
 * brings (through the customer group) come with the unit's approval rules, budget and credit.
 * Refused when there is no unit to link, the unit is inactive, or the associate may not create
 * carts there; a cart that already belongs to a unit never changes hands. Medusa core has no
 * notion of this: without it the transferred cart would be priced for the company and belong to
 * no unit.
 */
transferCartCustomerWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    const none = new StepResponse(undefined, [] as LinkDefinition[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "sales_channel.metadata", "business_unit.id"], filters: { id: cart.id } })
    const current = data[0] as any
    if (current?.business_unit?.id) {
      if (current.customer_id === input.customer_id) return none
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "This cart belongs to a business unit and cannot be handed to another customer", "not_permitted")
    }
    const unitId = (input.additional_data as any)?.business_unit_id as string | undefined
    if (!isWholesaleChannel(current?.sales_channel) || !unitId) return none
    const unit = await loadUnitFacts(container, unitId, input.customer_id)
    const permissions = unit.owner_is_associate ? await permissionsOf(container, unit, input.customer_id) : new Set<Permission>()
    const [refusal] = checkCartOpener({ unit: { id: unitId, active: unit.active }, is_associate: unit.owner_is_associate, permissions })
    if (refusal) throw refusalError(refusal)
    const links = businessCartLinks({ cart_id: cart.id }, unitId, unit.associate_id)
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(undefined, links)
  },
  async (links, { container }) => {
    if (links?.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
