import { model } from "@medusajs/framework/utils"

/** A merchant-defined role; the built-in ones live in code (src/lib/business/permissions.ts). */
export const BusinessRole = model
  .define("business_role", {
    id: model.id({ prefix: "brole" }).primaryKey(),
    handle: model.text(),
    name: model.text(),
    description: model.text().nullable(),
    permissions: model.json(),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
