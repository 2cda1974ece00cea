import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../utils/business-context"
import { respondWithReorder } from "../../../../../utils/reorder"
import { StoreReorderType } from "../../../carts/validators"

/** Reorder a past order of the unit into the current cart (readable orders only: orders.view_own / view_others). */
export async function POST(req: BusinessRequest<StoreReorderType>, res: MedusaResponse) {
  await respondWithReorder(req, res)
}
