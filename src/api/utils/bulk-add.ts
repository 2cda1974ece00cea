import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { BulkAddResult, BulkLineInput, BulkMode, BulkRowReport } from "../../lib/bulk-order/contract"
import { bulkAddToCartWorkflow } from "../../workflows/bulk-order/workflows/bulk-add-to-cart"

/**
 * Runs the bulk add and answers the report and the cart. Every handled request is a 200, also
 * when all-or-nothing mode added nothing: `applied` and the rows say what happened, as data the
 * storefronts read (an error status would make clients drop the report). `annotate` lets
 * reorder add what it knows about each row once the cart is priced.
 */
export async function respondWithBulkAdd(
  req: MedusaStoreRequest<any>,
  res: MedusaResponse,
  input: { cart_id: string; lines: BulkLineInput[]; mode: BulkMode },
  annotate?: (rows: BulkRowReport[], cart: { items?: { variant_id: string | null; unit_price: number }[] }) => void
) {
  const { result: plan } = await bulkAddToCartWorkflow(req.scope).run({ input })
  const cart = await refetchCart(input.cart_id, req.scope, defaultStoreCartFields)
  annotate?.(plan.rows, cart)
  const result: BulkAddResult = {
    cart_id: input.cart_id,
    mode: input.mode,
    applied: plan.applied,
    added: plan.rows.filter((r) => r.status === "added").length,
    refused: plan.rows.filter((r) => r.status === "refused").length,
    rows: plan.rows,
  }
  res.json({ bulk: result, cart })
}
