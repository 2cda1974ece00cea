import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PriceListStatus } from "@medusajs/framework/utils"
import { createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { RoleAssignment } from "../../lib/business/access"
import { APPROVAL_MODULE } from "../../modules/approval"
import ApprovalModuleService from "../../modules/approval/service"
import { BUSINESS_MODULE } from "../../modules/business"
import BusinessModuleService from "../../modules/business/service"
import { addAssociateWorkflow } from "../../workflows/business/workflows/add-associate"
import { createBusinessUnitWorkflow } from "../../workflows/business/workflows/create-business-unit"
import { ensureCustomerAccount } from "./accounts"
import { SeededChannels } from "./channels"

const PASSWORD = "supersecret"

type PersonSpec = { email: string; first_name: string; last_name: string; unit: string; roles: RoleAssignment[] }
type UnitAddressSpec = { label: string; first_name: string; last_name: string; address_1: string; city: string; postal_code: string; country_code: string }
type UnitSpec = { key: string; name: string; parent?: string; email: string; tax_id: string; currency_code: string; address?: UnitAddressSpec }

/** Two demo companies: Acme with a division and admin/buyer/approver, Globex without an agreement. */
const UNITS: UnitSpec[] = [
  { key: "acme", name: "Acme Cafés GmbH", email: "purchasing@acme.example.com", tax_id: "DE811111111", currency_code: "eur" },
  {
    key: "acmeBerlin",
    name: "Acme Cafés Berlin",
    parent: "acme",
    email: "berlin@acme.example.com",
    tax_id: "DE811111111",
    currency_code: "eur",
    // The café the Berlin buyer orders for: checkouts and recurring orders ship to one of the unit's addresses.
    address: { label: "Café Mitte", first_name: "Bea", last_name: "Buyer", address_1: "Torstraße 5", city: "Berlin", postal_code: "10119", country_code: "de" },
  },
  { key: "globex", name: "Globex Catering Ltd", email: "orders@globex.example.com", tax_id: "GB999999973", currency_code: "eur" },
]

const PEOPLE: PersonSpec[] = [
  { email: "acme-admin@example.com", first_name: "Ada", last_name: "Admin", unit: "acme", roles: [{ role: "admin", inherit: true }] },
  { email: "acme-approver@example.com", first_name: "Arno", last_name: "Approver", unit: "acme", roles: [{ role: "approver", inherit: true }] },
  { email: "acme-buyer@example.com", first_name: "Bea", last_name: "Buyer", unit: "acmeBerlin", roles: [{ role: "buyer", inherit: false }] },
  { email: "globex-admin@example.com", first_name: "Gil", last_name: "Admin", unit: "globex", roles: [{ role: "admin", inherit: true }] },
  { email: "globex-buyer@example.com", first_name: "Gia", last_name: "Buyer", unit: "globex", roles: [{ role: "buyer", inherit: false }] },
]

/** Acme's negotiated prices (about 10 % under list) on the Wholesale channel only. */
export const ACME_AGREEMENT = {
  title: "Acme Cafés agreement",
  prices: [
    { sku: "COF-ESP-CASE6", eur: 135, usd: 148 },
    { sku: "TEA-EG-CASE10", eur: 189, usd: 207 },
    { sku: "CUP-TA12-1000", eur: 99, usd: 109 },
    { sku: "SUP-OAT-1L", eur: 2.5, usd: 2.8 },
  ],
}

async function ensureUnit(container: MedusaContainer, spec: UnitSpec, parentId: string | null) {
  const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
  const [existing] = await service.listBusinessUnits({ name: spec.name })
  if (existing) return existing
  const { key: _key, parent: _parent, address: _address, ...data } = spec
  const { result } = await createBusinessUnitWorkflow(container).run({ input: { ...data, parent_id: parentId } })
  return result
}

async function ensureAgreement(container: MedusaContainer, groupId: string, channels: SeededChannels) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "price_list", fields: ["id"], filters: { title: ACME_AGREEMENT.title } })
  if (existing.length) return existing[0].id as string
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: ACME_AGREEMENT.prices.map((p) => p.sku) },
  })
  const idBySku = new Map(variants.map((v: any) => [v.sku, v.id]))
  const { result } = await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: ACME_AGREEMENT.title,
          description: "Negotiated prices for Acme Cafés, Wholesale channel only",
          status: PriceListStatus.ACTIVE,
          rules: { "customer.groups.id": [groupId], sales_channel_id: [channels.wholesale.id] },
          prices: ACME_AGREEMENT.prices.flatMap((p) => [
            { variant_id: idBySku.get(p.sku)!, currency_code: "eur", amount: p.eur },
            { variant_id: idBySku.get(p.sku)!, currency_code: "usd", amount: p.usd },
          ]),
        },
      ],
    },
  })
  return result[0].id
}

/** The demo companies, their associates and Acme's price list; found again on a re-run. */
export async function seedBusiness(container: MedusaContainer, channels: SeededChannels) {
  const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const units: Record<string, { id: string; name: string }> = {}
  for (const spec of UNITS) {
    const unit = await ensureUnit(container, spec, spec.parent ? units[spec.parent].id : null)
    units[spec.key] = { id: unit.id, name: unit.name }
    if (spec.address && !(await service.listBusinessUnitAddresses({ business_unit_id: unit.id })).length) {
      await service.saveUnitAddress(unit.id, { ...spec.address, is_default_shipping: true, is_default_billing: true })
    }
  }

  const people: Record<string, { email: string; password: string; customer_id: string }> = {}
  for (const person of PEOPLE) {
    const customer = await ensureCustomerAccount(container, { ...person, password: PASSWORD })
    const unitId = units[person.unit].id
    const [membership] = await service.listBusinessAssociates({ customer_id: customer.id, business_unit_id: unitId })
    if (!membership) {
      await addAssociateWorkflow(container).run({ input: { business_unit_id: unitId, customer_id: customer.id, roles: person.roles } })
    }
    people[person.email] = { email: person.email, password: PASSWORD, customer_id: customer.id }
  }

  const { data } = await query.graph({ entity: "business_unit", fields: ["customer_group.id"], filters: { id: units.acme.id } })
  await ensureAcmeApprovals(container, units.acme.id, units.acmeBerlin.id)
  const groupId = data[0]?.customer_group?.id
  if (!groupId) throw new Error(`${units.acme.name} has no customer group: its agreement cannot be priced`)
  const priceListId = await ensureAgreement(container, groupId, channels)
  return { units, people, acmePriceListId: priceListId, password: PASSWORD }
}

/**
 * Acme's approval set-up, walked through in the README: orders above 500 EUR need an approver
 * (tier 1) and then an admin (tier 2); the Berlin buyer may spend 1,000 EUR a month.
 */
async function ensureAcmeApprovals(container: MedusaContainer, acmeId: string, berlinId: string) {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [rule] = await approvals.listApprovalRules({ business_unit_id: acmeId, name: "Orders above 500 EUR" })
  if (!rule) {
    await approvals.createApprovalRules({
      business_unit_id: acmeId,
      name: "Orders above 500 EUR",
      predicate: { total_above: { amount: 500, currency_code: "eur" } } as any,
      tiers: [[{ role: "approver", count: 1 }], [{ role: "admin", count: 1 }]] as any,
    })
  }
  const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
  const [buyer] = await service.listBusinessAssociates({ email: "acme-buyer@example.com", business_unit_id: berlinId })
  const [budget] = await approvals.listApprovalBudgets({ associate_id: buyer.id })
  if (!budget) {
    await approvals.createApprovalBudgets({ business_unit_id: berlinId, associate_id: buyer.id, amount: 1000, currency_code: "eur", period: "month" })
  }
}
