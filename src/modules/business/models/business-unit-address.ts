import { model } from "@medusajs/framework/utils"
import { BusinessUnit } from "./business-unit"

export const BusinessUnitAddress = model.define("business_unit_address", {
  id: model.id({ prefix: "buaddr" }).primaryKey(),
  label: model.text().nullable(),
  company: model.text().nullable(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  address_1: model.text(),
  address_2: model.text().nullable(),
  city: model.text(),
  province: model.text().nullable(),
  postal_code: model.text(),
  country_code: model.text(),
  phone: model.text().nullable(),
  is_default_shipping: model.boolean().default(false),
  is_default_billing: model.boolean().default(false),
  business_unit: model.belongsTo(() => BusinessUnit, { mappedBy: "addresses" }),
})
