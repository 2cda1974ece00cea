import { model } from "@medusajs/framework/utils"
import { BusinessUnit } from "./business-unit"

/** Only a hash of the token is kept: the token itself travels once, in the invite message. */
export const Invite = model
  .define("business_invite", {
    id: model.id({ prefix: "binv" }).primaryKey(),
    email: model.text(),
    roles: model.json(),
    token_hash: model.text(),
    status: model.enum(["pending", "accepted", "revoked"]).default("pending"),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    invited_by: model.text().nullable(),
    business_unit: model.belongsTo(() => BusinessUnit, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token_hash"], unique: true }])
