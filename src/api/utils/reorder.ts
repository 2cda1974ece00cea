import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { notePriceChanges } from "../../lib/bulk-order/reorder"
import { pastOrderLines } from "../../workflows/bulk-order/past-order-lines"
import { respondWithBulkAdd } from "./bulk-add"

/**
 * Reorder (portal and shop alike): the past order's lines through the bulk path into the cart,
 * valid rows added, the others reported (no longer sold, out of stock, …), price changes noted.
 */
export async function respondWithReorder(req: MedusaStoreRequest<{ cart_id: string }>, res: MedusaResponse) {
  const { lines, paid } = await pastOrderLines(req.scope, req.params.id)
  await respondWithBulkAdd(req, res, { cart_id: req.validatedBody.cart_id, lines, mode: "valid_only" }, (rows, cart) => {
    const current = new Map((cart.items ?? []).filter((i) => i.variant_id).map((i) => [i.variant_id!, Number(i.unit_price)]))
    notePriceChanges(rows, paid, current)
  })
}
