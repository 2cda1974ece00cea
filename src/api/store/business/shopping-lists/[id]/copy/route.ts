import { MedusaResponse } from "@medusajs/framework/http"
import { shoppingListModule } from "../../../../../../modules/shopping-list"
import { createShoppingListWorkflow } from "../../../../../../workflows/shopping-list/workflows/create-shopping-list"
import { respondIdempotently } from "../../../../../utils/idempotency"
import { linesFromSource } from "../../../../../utils/line-sources"
import { OwnedRecordRequest } from "../../../../../utils/owned-record-guard"
import { shoppingListAnswer, viewerOf } from "../../present"
import { StoreCopyShoppingListType } from "../../validators"

/** A copy of the list, owned by the caller, in the same unit; items no longer sold are left out and reported. Honours Idempotency-Key. */
export async function POST(req: OwnedRecordRequest<StoreCopyShoppingListType>, res: MedusaResponse) {
  await respondIdempotently(req, res, async () => {
    const source = await shoppingListModule(req.scope).retrieveShoppingList(req.owned.id)
    const { items } = await linesFromSource(req.scope, { shopping_list_id: source.id })
    const { result } = await createShoppingListWorkflow(req.scope).run({
      input: {
        list: { name: req.validatedBody.name ?? `${source.name} (copy)`, description: source.description, customer_id: req.business.customerId, business_unit_id: req.owned.business_unit_id },
        items,
        sales_channel_ids: viewerOf(req).sales_channel_ids!,
        unsold: "skip",
      },
    })
    return { status: 200, body: { ...(await shoppingListAnswer(req, result.id, true)), skipped: result.skipped } }
  })
}
