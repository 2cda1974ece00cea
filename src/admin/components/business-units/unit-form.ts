import type { BusinessUnit, BusinessUnitInput } from "../../../lib/business/contract"
import { Errors, isCurrencyCode, isEmail, optionalText } from "../../lib/validation"

export type UnitFormValues = { name: string; email: string; phone: string; tax_id: string; currency_code: string; parent_id: string }
export type UnitFormErrors = Errors<keyof UnitFormValues>

export const emptyUnitForm = (parentId = ""): UnitFormValues => ({
  name: "",
  email: "",
  phone: "",
  tax_id: "",
  currency_code: "",
  parent_id: parentId,
})

export const unitFormFrom = (unit: BusinessUnit): UnitFormValues => ({
  name: unit.name,
  email: unit.email ?? "",
  phone: unit.phone ?? "",
  tax_id: unit.tax_id ?? "",
  currency_code: unit.currency_code ?? "",
  parent_id: unit.parent_id ?? "",
})

export function validateUnitForm(values: UnitFormValues): UnitFormErrors {
  const errors: UnitFormErrors = {}
  if (!values.name.trim()) errors.name = "Give the unit a name"
  else if (values.name.trim().length > 200) errors.name = "At most 200 characters"
  if (values.email.trim() && !isEmail(values.email)) errors.email = "Not an email address"
  if (values.currency_code.trim() && !isCurrencyCode(values.currency_code)) errors.currency_code = "A 3-letter ISO code, e.g. EUR"
  return errors
}

/** The body of POST /admin/business-units(/:id); cleared fields are sent as null. */
export function unitInputFrom(values: UnitFormValues, withParent: boolean): BusinessUnitInput {
  return {
    name: values.name.trim(),
    email: optionalText(values.email),
    phone: optionalText(values.phone),
    tax_id: optionalText(values.tax_id),
    currency_code: values.currency_code.trim() ? values.currency_code.trim().toLowerCase() : null,
    ...(withParent && values.parent_id ? { parent_id: values.parent_id } : {}),
  }
}
