import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isWholesaleChannel } from "../../../lib/channels"
import { pricingGroupOfUnit } from "../pricing-group-of-unit"

export const resolveUnitPriceListRulesStepId = "resolve-business-unit-price-list-rules"

/** The rules that make a price list a unit's negotiated prices: its pricing group, B2B channels only. */
export const resolveUnitPriceListRulesStep = createStep(
  resolveUnitPriceListRulesStepId,
  async (input: { business_unit_id: string; price_list_id: string }, { container }) => {
    const groupId = await pricingGroupOfUnit(container, input.business_unit_id)
    if (!groupId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This business unit has no customer group to price: assign one first")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: lists } = await query.graph({ entity: "price_list", fields: ["id"], filters: { id: input.price_list_id } })
    if (!lists.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Price list ${input.price_list_id} was not found`)
    }
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "metadata"] })
    const wholesale = channels.filter(isWholesaleChannel).map((c: any) => c.id as string)
    if (!wholesale.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "No sales channel is marked as wholesale (metadata channel_kind = b2b)")
    }
    return new StepResponse({ id: input.price_list_id, rules: { "customer.groups.id": [groupId], sales_channel_id: wholesale } })
  }
)
