import { MedusaResponse } from "@medusajs/framework/http"
import { shoppingListModule } from "../../../../../../modules/shopping-list"
import { createShoppingListWorkflow } from "../../../../../../workflows/shopping-list/workflows/create-shopping-list"
import { ShoppingListRequest } from "../../access"
import { shoppingListAnswer, viewerOf } from "../../present"
import { StoreCopyShoppingListType } from "../../validators"

/** A copy of the list, owned by the caller, in the same unit; items no longer sold are left out and reported. */
export async function POST(req: ShoppingListRequest<StoreCopyShoppingListType>, res: MedusaResponse) {
  const source = await shoppingListModule(req.scope).retrieveShoppingListOrFail(req.shoppingList.id)
  const items = [...source.items].sort((a, b) => a.position - b.position)
  const { result } = await createShoppingListWorkflow(req.scope).run({
    input: {
      list: { name: req.validatedBody.name ?? `${source.name} (copy)`, description: source.description, customer_id: req.business.customerId, business_unit_id: req.shoppingList.business_unit_id },
      items: items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity, note: i.note, product_title: i.product_title })),
      sales_channel_ids: viewerOf(req).sales_channel_ids!,
      unsold: "skip",
    },
  })
  res.json({ ...(await shoppingListAnswer(req, result.id, true)), skipped: result.skipped })
}
