import { model } from "@medusajs/framework/utils"
import { Associate } from "./associate"
import { BusinessUnitAddress } from "./business-unit-address"
import { Invite } from "./invite"

/**
 * A company (top level, no parent) or one of its divisions. The tree is kept as parent_id plus
 * company_id (the top unit, null on the company itself) so a company's whole tree loads in
 * one query.
 */
export const BusinessUnit = model
  .define("business_unit", {
    id: model.id({ prefix: "bu" }).primaryKey(),
    name: model.text().searchable(),
    status: model.enum(["active", "inactive"]).default("active"),
    parent_id: model.text().nullable(),
    company_id: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    /** EU VAT id; verified by the merchant (a manual mark, dated), which a reverse charge needs. */
    tax_id: model.text().nullable(),
    tax_id_verified_at: model.dateTime().nullable(),
    /** US resale certificate: number, state, last valid day (YYYY-MM-DD) and the merchant's verification. */
    exemption_certificate: model.text().nullable(),
    exemption_state: model.text().nullable(),
    exemption_expires_at: model.text().nullable(),
    exemption_verified_at: model.dateTime().nullable(),
    currency_code: model.text().nullable(),
    metadata: model.json().nullable(),
    addresses: model.hasMany(() => BusinessUnitAddress, { mappedBy: "business_unit" }),
    associates: model.hasMany(() => Associate, { mappedBy: "business_unit" }),
    invites: model.hasMany(() => Invite, { mappedBy: "business_unit" }),
  })
  .indexes([{ on: ["parent_id"] }, { on: ["company_id"] }])
  .cascades({ delete: ["addresses", "associates", "invites"] })
