import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPriceBookPricesWorkflow } from "../../../../../workflows/pricing/workflows/set-price-book-prices"
import { AdminSetPriceBookPricesType } from "../../../quantity-rules/validators"

/** Sets a channel's price book prices (with quantity breaks); the book is created on first use. */
export async function POST(req: MedusaRequest<AdminSetPriceBookPricesType>, res: MedusaResponse) {
  const { result } = await setPriceBookPricesWorkflow(req.scope).run({
    input: { sales_channel_id: req.params.id, prices: req.validatedBody.prices },
  })
  res.json({ price_book: result })
}
