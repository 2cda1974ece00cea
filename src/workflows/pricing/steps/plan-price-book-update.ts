import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PriceBookPrice = { variant_id: string; currency_code: string; amount: number; min_quantity?: number | null; max_quantity?: number | null }

export const planPriceBookUpdateStepId = "plan-channel-price-book-update"

/**
 * A channel's price book is the active price list whose only rule is that sales channel. Giving
 * prices for a variant replaces all of the book's prices for that variant (its breaks).
 */
export const planPriceBookUpdateStep = createStep(
  planPriceBookUpdateStepId,
  async (input: { sales_channel_id: string; prices: PriceBookPrice[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { id: input.sales_channel_id } })
    if (!channels.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sales channel ${input.sales_channel_id} was not found`)
    const variantIds = [...new Set(input.prices.map((p) => p.variant_id))]
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "price_set.id"], filters: { id: variantIds } })
    const missing = variantIds.filter((id) => !variants.some((v: any) => v.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant not found: ${missing.join(", ")}`)

    const pricing = container.resolve(Modules.PRICING)
    const lists = await pricing.listPriceLists({}, { relations: ["price_list_rules"], take: null })
    const book = lists.find((l: any) => {
      const rules = l.price_list_rules ?? []
      return rules.length === 1 && rules[0].attribute === "sales_channel_id" && [rules[0].value].flat().includes(input.sales_channel_id)
    })
    const priceSetIds = variants.map((v: any) => v.price_set?.id).filter(Boolean)
    const replaced = book && priceSetIds.length
      ? await pricing.listPrices({ price_list_id: [book.id], price_set_id: priceSetIds }, { select: ["id"], take: null })
      : []
    return new StepResponse({
      price_list_id: (book?.id ?? null) as string | null,
      channel_name: channels[0].name as string,
      delete_ids: replaced.map((p: any) => p.id as string),
    })
  }
)
