import { MedusaContainer } from "@medusajs/framework/types"
import { RoleAssignment } from "../../src/lib/business/access"
import { BUSINESS_MODULE } from "../../src/modules/business"
import BusinessModuleService from "../../src/modules/business/service"
import { addAssociateWorkflow } from "../../src/workflows/business/workflows/add-associate"
import { ensureCustomerAccount } from "../../src/scripts/seed/accounts"
import { Api } from "./store-api"

export const BUSINESS_UNIT_HEADER = "x-business-unit-id"

/** Request options with a publishable key, an optional customer token and extra headers; never throws on 4xx/5xx. */
export function as(token: string | null, key: string, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { "x-publishable-api-key": key, ...extra }
  if (token) headers.authorization = `Bearer ${token}`
  return { headers, validateStatus: () => true }
}

export async function customerToken(api: Api, email: string, password = "supersecret"): Promise<string> {
  const res = await api.post("/auth/customer/emailpass", { email, password }, { validateStatus: () => true })
  if (res.status !== 200) throw new Error(`login ${email}: HTTP ${res.status} ${JSON.stringify(res.data)}`)
  return res.data.token
}

/** Registers a brand-new customer account the way a storefront does, and returns its logged-in token. */
export async function registerCustomer(api: Api, key: string, email: string, password = "supersecret") {
  const registration = await api.post("/auth/customer/emailpass/register", { email, password }, { validateStatus: () => true })
  if (registration.status !== 200) throw new Error(`register ${email}: HTTP ${registration.status}`)
  const created = await api.post("/store/customers", { email, first_name: "New", last_name: "Associate" }, as(registration.data.token, key))
  if (created.status !== 200) throw new Error(`create customer ${email}: HTTP ${created.status} ${JSON.stringify(created.data)}`)
  return customerToken(api, email, password)
}

/** A customer made associate of a unit directly through the workflow (for test set-up only). */
export async function associateWithRoles(container: MedusaContainer, unitId: string, email: string, roles: RoleAssignment[]) {
  const customer = await ensureCustomerAccount(container, { email, password: "supersecret", first_name: "Test", last_name: "Associate" })
  const { result } = await addAssociateWorkflow(container).run({ input: { business_unit_id: unitId, customer_id: customer.id, roles } })
  return result
}

export const businessService = (container: MedusaContainer): BusinessModuleService => container.resolve(BUSINESS_MODULE)
