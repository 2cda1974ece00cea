import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { wishListAnswer } from "./present"

/** The logged-in customer's wish list, priced with `?region_id` (Retail key). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  res.json(await wishListAnswer(req))
}
