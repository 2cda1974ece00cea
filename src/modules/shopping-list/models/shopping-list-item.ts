import { model } from "@medusajs/framework/utils"
import { ShoppingList } from "./shopping-list"

/**
 * One variant on a list. The titles and SKU are what the storefront showed when it was added:
 * once the variant is no longer sold there, the list shows them and nothing newer.
 */
export const ShoppingListItem = model
  .define("shopping_list_item", {
    id: model.id({ prefix: "slitem" }).primaryKey(),
    variant_id: model.text(),
    quantity: model.number(),
    note: model.text().nullable(),
    position: model.number().default(0),
    product_title: model.text(),
    variant_title: model.text().nullable(),
    sku: model.text().nullable(),
    shopping_list: model.belongsTo(() => ShoppingList, { mappedBy: "items" }),
  })
  .indexes([{ on: ["shopping_list_id", "variant_id"], unique: true, where: "deleted_at IS NULL" }])
