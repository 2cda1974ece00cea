import { model } from "@medusajs/framework/utils"

/** Minimum, maximum and increment for ordering a variant through one sales channel. */
export const VariantQuantityRule = model
  .define("variant_quantity_rule", {
    id: model.id({ prefix: "vqr" }).primaryKey(),
    variant_id: model.text(),
    sales_channel_id: model.text(),
    min_quantity: model.number().nullable(),
    max_quantity: model.number().nullable(),
    increment: model.number().nullable(),
  })
  .indexes([{ on: ["variant_id", "sales_channel_id"], unique: true, where: "deleted_at IS NULL" }])
