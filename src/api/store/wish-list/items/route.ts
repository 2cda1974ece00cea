import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { saveToWishListWorkflow } from "../../../../workflows/shopping-list/workflows/save-to-wish-list"
import { loggedInCustomerId } from "../../../utils/business-context"
import { wishListAnswer } from "../present"
import { StoreSaveToWishListType } from "../validators"

/** The heart: save a variant this storefront sells (anything else is a 400). */
export async function POST(req: MedusaStoreRequest<StoreSaveToWishListType>, res: MedusaResponse) {
  await saveToWishListWorkflow(req.scope).run({
    input: { customer_id: loggedInCustomerId(req)!, items: [req.validatedBody], sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [] },
  })
  res.json(await wishListAnswer(req))
}
