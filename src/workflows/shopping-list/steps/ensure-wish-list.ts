import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shoppingListModule } from "../../../modules/shopping-list"

/** The customer's wish list, made with their first saved item. Runs under the wish list's lock. */
export const ensureWishListStep = createStep(
  "ensure-wish-list",
  async (input: { customer_id: string }, { container }) => {
    const service = shoppingListModule(container)
    const existing = await service.wishListOf(input.customer_id)
    if (existing) return new StepResponse({ id: existing.id as string }, null)
    const created = await service.createShoppingLists({ name: "Wish list", customer_id: input.customer_id, business_unit_id: null })
    return new StepResponse({ id: created.id as string }, created.id as string)
  },
  async (createdId, { container }) => {
    if (createdId) await shoppingListModule(container).softDeleteShoppingLists([createdId])
  }
)
