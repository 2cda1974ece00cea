import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { editList } from "../../../../utils/shopping-list-edit"
import { wishListAnswer, wishListHolding } from "../../present"
import { StoreUpdateWishListItemType } from "../../validators"

export async function POST(req: MedusaStoreRequest<StoreUpdateWishListItemType>, res: MedusaResponse) {
  const list = await wishListHolding(req, req.params.item_id)
  await editList(req, list.id, { type: "update_item", item_id: req.params.item_id, quantity: req.validatedBody.quantity })
  res.json(await wishListAnswer(req))
}

/** Un-heart. */
export async function DELETE(req: MedusaStoreRequest, res: MedusaResponse) {
  const list = await wishListHolding(req, req.params.item_id)
  await editList(req, list.id, { type: "remove_items", item_ids: [req.params.item_id] })
  res.json(await wishListAnswer(req))
}
