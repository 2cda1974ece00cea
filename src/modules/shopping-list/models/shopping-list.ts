import { model } from "@medusajs/framework/utils"
import { ShoppingListItem } from "./shopping-list-item"

/**
 * A named list of variants. With a business unit it is one of the unit's shared lists (owner:
 * the associate's customer who created it); without one it is a consumer's wish list, one per
 * customer.
 */
export const ShoppingList = model
  .define("shopping_list", {
    id: model.id({ prefix: "slist" }).primaryKey(),
    name: model.text(),
    description: model.text().nullable(),
    customer_id: model.text(),
    business_unit_id: model.text().nullable(),
    items: model.hasMany(() => ShoppingListItem, { mappedBy: "shopping_list" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([
    { on: ["business_unit_id"], where: "deleted_at IS NULL" },
    // One wish list per customer, also when two first hearts arrive at once.
    { on: ["customer_id"], unique: true, where: "business_unit_id IS NULL AND deleted_at IS NULL" },
  ])
