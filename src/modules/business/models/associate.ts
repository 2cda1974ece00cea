import { model } from "@medusajs/framework/utils"
import { BusinessUnit } from "./business-unit"

/**
 * A customer's membership in one unit. `roles` is a list of { role, inherit } (role handles,
 * see src/lib/business/permissions.ts); an inherited role also applies in the unit's divisions.
 */
export const Associate = model
  .define("business_associate", {
    id: model.id({ prefix: "bassoc" }).primaryKey(),
    customer_id: model.text(),
    email: model.text(),
    roles: model.json(),
    business_unit: model.belongsTo(() => BusinessUnit, { mappedBy: "associates" }),
  })
  .indexes([
    { on: ["customer_id"] },
    { on: ["customer_id", "business_unit_id"], unique: true, where: "deleted_at IS NULL" },
  ])
