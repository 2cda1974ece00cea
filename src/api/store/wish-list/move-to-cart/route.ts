import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { moveListToCartWorkflow } from "../../../../workflows/shopping-list/workflows/move-list-to-cart"
import { bulkAnswer } from "../../../utils/bulk-add"
import { wishListAnswer, wishListOf } from "../present"
import { StoreMoveWishListType } from "../validators"

/**
 * The wish list (or the chosen items) into the cart through the bulk path: what the cart takes
 * leaves the list, what it refuses (sold out, no longer sold) stays, reported row by row.
 */
export async function POST(req: MedusaStoreRequest<StoreMoveWishListType>, res: MedusaResponse) {
  const { cart_id, item_ids } = req.validatedBody
  const list = await wishListOf(req)
  const items = [...(list?.items ?? [])].sort((a, b) => a.position - b.position)
  const unknown = (item_ids ?? []).filter((id) => !items.some((i) => i.id === id))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not on your wish list: ${unknown.join(", ")}`)
  const chosen = item_ids ? items.filter((i) => item_ids.includes(i.id)) : items
  if (!list || !chosen.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your wish list is empty")
  const { result: plan } = await moveListToCartWorkflow(req.scope).run({
    input: { list_id: list.id, cart_id, items: chosen.map((i) => ({ id: i.id, variant_id: i.variant_id, quantity: i.quantity })) },
  })
  res.json({ ...(await bulkAnswer(req, { cart_id, mode: "valid_only" }, plan)), ...(await wishListAnswer(req)) })
}
