import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Medusa 2.21 prices the items of `POST /store/carts {items}` without the cart's sales channel
 * in the pricing context (create-carts.js passes region and customer only), so channel price
 * books and company agreements, which are price lists with a `sales_channel_id` rule, do not
 * apply there while they do on add-to-cart and in the listing: a Wholesale associate saw 2.50
 * and was charged 2.90. Adding the channel here gives the cart created with items the same
 * price as every other path (core issue; the completion check of price parity backs it up).
 */
createCartWorkflow.hooks.setPricingContext(({ salesChannel }) => {
  return new StepResponse(salesChannel?.id ? { sales_channel_id: salesChannel.id } : {})
})
