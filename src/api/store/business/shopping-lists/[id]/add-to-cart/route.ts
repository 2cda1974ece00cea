import { MedusaError } from "@medusajs/framework/utils"
import { MedusaResponse } from "@medusajs/framework/http"
import { shoppingListModule } from "../../../../../../modules/shopping-list"
import { respondWithBulkAdd } from "../../../../../utils/bulk-add"
import { OwnedRecordRequest } from "../../../../../utils/owned-record-guard"
import { StoreListToCartType } from "../../validators"

/**
 * The list (or the chosen items) into a cart in one request, through the bulk path: each item
 * is a row of the report; items no longer sold, out of stock or against a quantity rule are
 * reported and the rest added. The list stays as it is (a standing list).
 */
export async function POST(req: OwnedRecordRequest<StoreListToCartType>, res: MedusaResponse) {
  const { cart_id, item_ids, mode } = req.validatedBody
  const list = await shoppingListModule(req.scope).retrieveShoppingListOrFail(req.owned.id)
  const items = [...list.items].sort((a, b) => a.position - b.position)
  const chosen = item_ids ? items.filter((i) => item_ids.includes(i.id)) : items
  const unknown = (item_ids ?? []).filter((id) => !items.some((i) => i.id === id))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not on this list: ${unknown.join(", ")}`)
  if (!chosen.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This list is empty: add items before adding it to a cart")
  await respondWithBulkAdd(req, res, { cart_id, lines: chosen.map((i) => ({ variant_id: i.variant_id, sku: i.sku, quantity: i.quantity })), mode })
}
