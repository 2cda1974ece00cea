import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteService } from "./quote-service"

export type RequestQuoteInput = {
  cart_id: string
  business_unit_id: string
  associate_id: string
  customer_id: string
  comment?: string | null
  po_number?: string | null
}

export const freezeCartIntoQuoteStepId = "freeze-cart-into-quote"

/**
 * Copies the cart's lines into a new quote: a later change to the cart does not change the
 * quote. Only the requester's own cart of the unit can be quoted.
 */
export const freezeCartIntoQuoteStep = createStep(
  freezeCartIntoQuoteStepId,
  async (input: RequestQuoteInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id", "email", "customer_id", "region_id", "currency_code", "sales_channel_id", "completed_at", "business_unit.id",
        "shipping_address.*", "items.variant_id", "items.product_title", "items.variant_title", "items.variant_sku", "items.quantity", "items.unit_price",
      ],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as any
    if (!cart || cart.business_unit?.id !== input.business_unit_id || cart.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found among your carts in this business unit`)
    }
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been ordered")
    if (!cart.items?.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Add products to the cart before asking for a quote")
    const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...address } = cart.shipping_address ?? {}
    const quote = await quoteService(container).createQuotes({
      business_unit_id: input.business_unit_id,
      associate_id: input.associate_id,
      customer_id: input.customer_id,
      email: cart.email,
      cart_id: cart.id,
      region_id: cart.region_id,
      sales_channel_id: cart.sales_channel_id,
      currency_code: cart.currency_code,
      po_number: input.po_number ?? null,
      buyer_comment: input.comment ?? null,
      shipping_address: cart.shipping_address ? address : null,
      lines: cart.items.map((item: any) => ({
        variant_id: item.variant_id,
        product_title: item.product_title,
        variant_title: item.variant_title,
        sku: item.variant_sku,
        quantity: Number(item.quantity),
        requested_unit_price: Number(item.unit_price),
      })),
    } as any)
    return new StepResponse(quote, quote.id)
  },
  async (id, { container }) => {
    if (id) await quoteService(container).deleteQuotes(id)
  }
)
