import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ListEdit, ListEditRefusal, ListItemInput, ListItemState, planListEdit } from "../../lib/shopping-lists/edits"
import { ShoppingList } from "./models/shopping-list"
import { ShoppingListItem } from "./models/shopping-list-item"

export type NewShoppingList = { name: string; description?: string | null; customer_id: string; business_unit_id: string | null }

const refusal = (error: unknown) => {
  if (error instanceof ListEditRefusal) {
    const type = error.code === "item_not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA
    return new MedusaError(type, error.message, error.code)
  }
  return error
}

class ShoppingListModuleService extends MedusaService({ ShoppingList, ShoppingListItem }) {
  /** A list with its items; unknown ids are a 404 (the routes check who may see it first). */
  @InjectManager()
  async retrieveShoppingListOrFail(id: string, @MedusaContext() sharedContext: Context = {}) {
    const [list] = await this.listShoppingLists({ id }, { relations: ["items"] }, sharedContext)
    if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shopping list ${id} was not found`)
    return list
  }

  /** The customer's wish list (their one list outside any business unit), or null before the first item. */
  @InjectManager()
  async wishListOf(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const [list] = await this.listShoppingLists({ customer_id: customerId, business_unit_id: null }, { relations: ["items"] }, sharedContext)
    return list ?? null
  }

  /** A list and its first items in one transaction. */
  @InjectTransactionManager()
  async createListWithItems(data: NewShoppingList, items: ListItemInput[], @MedusaContext() sharedContext: Context = {}) {
    const list = await this.createShoppingLists({ ...data, description: data.description ?? null }, sharedContext)
    await this.applyEdit(list.id, [], { type: "add", items }, sharedContext)
    return list
  }

  /** One change to a list's items, decided on its current items and written in one transaction. */
  @InjectTransactionManager()
  async editShoppingList(listId: string, edit: ListEdit, @MedusaContext() sharedContext: Context = {}) {
    const current = await this.listShoppingListItems({ shopping_list_id: listId }, { take: null }, sharedContext)
    await this.applyEdit(listId, current as ListItemState[], edit, sharedContext)
  }

  private async applyEdit(listId: string, current: ListItemState[], edit: ListEdit, sharedContext: Context) {
    let outcome
    try {
      outcome = planListEdit(current, edit)
    } catch (error) {
      throw refusal(error)
    }
    if (outcome.remove.length) await this.softDeleteShoppingListItems(outcome.remove, {}, sharedContext)
    if (outcome.update.length) await this.updateShoppingListItems(outcome.update, sharedContext)
    if (outcome.create.length) await this.createShoppingListItems(outcome.create.map((i) => ({ ...i, shopping_list_id: listId })), sharedContext)
    // The list's updated_at says when its contents last changed.
    await this.updateShoppingLists({ id: listId, updated_at: new Date() } as any, sharedContext)
  }
}

export default ShoppingListModuleService
