import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BulkRowReport } from "../../../lib/bulk-order/contract"
import { shoppingListModule } from "../../../modules/shopping-list"

/**
 * After "move to cart": the items whose rows went into the cart leave the list; the refused
 * ones stay, so nothing the cart did not take is lost. Compensation brings them back.
 */
export const removeMovedItemsStep = createStep(
  "remove-moved-items",
  async (input: { items: { id: string; variant_id: string }[]; rows: BulkRowReport[] }, { container }) => {
    const added = new Set(input.rows.filter((r) => r.status === "added").map((r) => r.variant_id))
    const moved = input.items.filter((i) => added.has(i.variant_id)).map((i) => i.id)
    if (moved.length) await shoppingListModule(container).softDeleteShoppingListItems(moved)
    return new StepResponse(moved, moved)
  },
  async (moved, { container }) => {
    if (moved?.length) await shoppingListModule(container).restoreShoppingListItems(moved)
  }
)
