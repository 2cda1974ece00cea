import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { respondWithReorder } from "../../../../utils/reorder"
import { StoreReorderType } from "../../../business/carts/validators"

/** Reorder one's own past order into a cart (the B2C shop's "order again"). */
export async function POST(req: MedusaStoreRequest<StoreReorderType>, res: MedusaResponse) {
  await respondWithReorder(req, res)
}
