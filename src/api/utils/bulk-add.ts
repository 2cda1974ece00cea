import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { BulkAddResult, BulkLineInput, BulkMode, BulkRowReport } from "../../lib/bulk-order/contract"
import { BulkPlan } from "../../lib/bulk-order/plan"
import { bulkAddToCartWorkflow } from "../../workflows/bulk-order/workflows/bulk-add-to-cart"

/**
 * The cart as the bulk answer carries it: totals and what each line now holds. A storefront
 * that shows more (thumbnails, shipping) fetches the cart itself; with 2,000 lines Medusa's full
 * store cart costs the server about 100 MB more to build.
 */
const BULK_CART_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "total",
  "subtotal",
  "item_total",
  "items.id",
  "items.variant_id",
  "items.variant_sku",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
]

type BulkCart = { items?: { variant_id: string | null; unit_price: number }[] }

/** The report of a bulk add that ran (also inside another workflow) and the cart it left. */
export async function bulkAnswer(
  req: MedusaStoreRequest<any>,
  input: { cart_id: string; mode: BulkMode },
  plan: BulkPlan,
  annotate?: (rows: BulkRowReport[], cart: BulkCart) => void
) {
  const cart = await refetchCart(input.cart_id, req.scope, BULK_CART_FIELDS)
  annotate?.(plan.rows, cart)
  const bulk: BulkAddResult = {
    cart_id: input.cart_id,
    mode: input.mode,
    applied: plan.applied,
    added: plan.rows.filter((r) => r.status === "added").length,
    refused: plan.rows.filter((r) => r.status === "refused").length,
    rows: plan.rows,
  }
  return { bulk, cart }
}

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
  annotate?: (rows: BulkRowReport[], cart: BulkCart) => void
) {
  const { result: plan } = await bulkAddToCartWorkflow(req.scope).run({ input })
  res.json(await bulkAnswer(req, input, plan, annotate))
}
