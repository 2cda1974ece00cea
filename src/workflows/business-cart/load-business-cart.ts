import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { BudgetPeriod, periodStart } from "../../lib/approvals/budget"
import { ApprovalVerdict, evaluateApproval, RuleFact } from "../../lib/approvals/evaluate"
import { RulePredicate } from "../../lib/approvals/predicates"
import { Tier } from "../../lib/approvals/tiers"
import { actingMembership, ancestry, effectivePermissions, effectiveRoles, isUnitActive } from "../../lib/business/access"
import { Permission } from "../../lib/business/permissions"
import {
  ApprovalFlowFact,
  approvalState,
  approvalSubject,
  BusinessCartFacts,
  checkBusinessCart,
  checkChannelCart,
  CheckoutReadiness,
  FORBIDDING,
  Refusal,
  SnapshotLine,
} from "../../lib/business-cart/policy"
import { isWholesaleChannel, variantsOutsideChannel } from "../../lib/channels"
import { EffectiveTerms } from "../../lib/net-terms/settings"
import { quantityRuleViolation } from "../../lib/pricing/quantity-rules"
import OrderBusinessAssociate from "../../links/order-associate"
import { approvalModule } from "../../modules/approval"
import { businessModule } from "../../modules/business"
import { CustomerAccess, UnitRecord } from "../../modules/business/service"
import { netTermsModule } from "../../modules/net-terms"
import { termsInTree } from "../net-terms/terms-of-unit"
import { PlanFacts, planFactsOf, splitFromCartId } from "./delivery-facts"
import { NET_TERMS_PROVIDER_ID } from "../../modules/net-terms-payment"
import { QUANTITY_RULES_MODULE } from "../../modules/quantity-rules"
import { isZeroRated, treatmentOfTaxLines } from "../../lib/tax/contract"
import { treatmentFor } from "../tax/tax-treatment-of"
import QuantityRulesModuleService from "../../modules/quantity-rules/service"

/**
 * The one loader of the business cart: every fact the policy (src/lib/business-cart/policy.ts)
 * needs, read once per check. The storefront's readiness view, the cart middlewares, the
 * core-flow hooks (completion, transfer) and quote acceptance all call it, so no entry point
 * reads the links, the unit tree, approvals or credit its own way.
 */

const CART_FIELDS = [
  "id", "email", "customer_id", "sales_channel_id", "region_id", "currency_code", "total", "shipping_total", "completed_at",
  "shipping_methods.shipping_option_id", "shipping_methods.tax_lines.code",
  "shipping_address.country_code", "shipping_address.province",
  "sales_channel.name", "sales_channel.metadata",
  "customer.groups.id",
  "business_unit.id", "business_associate.id",
  "payment_collection.payment_sessions.provider_id",
  "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.variant_sku", "items.title", "items.product_id", "items.tax_lines.code",
]

/** Who the cart is for and under which unit: the facts shared by carts and quotes. */
export type UnitFacts = {
  unit: UnitRecord | null
  tree: Map<string, UnitRecord>
  access: CustomerAccess | null
  associate_id: string | null
  active: boolean
  owner_is_associate: boolean
  owner_roles: string[]
  terms: EffectiveTerms | null
}

export type LoadedBusinessCart = {
  cart: any
  /** business: a Wholesale cart of an associate, or one linked to a unit; channel: any other Wholesale cart; other: not Wholesale. */
  kind: "business" | "channel" | "other"
  unit: UnitFacts | null
  facts: BusinessCartFacts
  refusals: Refusal[]
  approval: ApprovalVerdict & { flows: ApprovalFlowFact[] }
  lines: SnapshotLine[]
  payment_providers: string[]
  /** The cart's delivery plan, when it has one (a split checkout's total is in facts.total). */
  plan: PlanFacts | null
}


/** The unit, its company tree and the customer's standing in it; the unit's effective net terms. */
export async function loadUnitFacts(container: MedusaContainer, unitId: string, customerId: string | null): Promise<UnitFacts> {
  const access = customerId ? await businessModule(container).accessOf(customerId) : null
  let tree = access?.units ?? new Map<string, UnitRecord>()
  if (!tree.has(unitId)) {
    const [unit] = await businessModule(container).listBusinessUnits({ id: unitId }, { select: ["id", "company_id"] })
    const rows = unit ? await businessModule(container).listCompanyTrees([unit.company_id ?? unit.id]) : []
    tree = new Map(rows.map((u) => [u.id, u]))
  }
  const roles = access ? effectiveRoles(unitId, tree, access.memberships) : []
  return {
    unit: tree.get(unitId) ?? null,
    tree,
    access,
    associate_id: access ? actingMembership(unitId, tree, access.memberships)?.associate_id ?? null : null,
    active: isUnitActive(unitId, tree),
    owner_is_associate: roles.length > 0,
    owner_roles: roles,
    terms: await termsInTree(container, unitId, [...tree.values()]),
  }
}

/** A customer's permissions in a unit (the cart's owner reuses the unit facts already loaded). */
export async function permissionsOf(container: MedusaContainer, unit: UnitFacts, customerId: string): Promise<Set<Permission>> {
  const access = unit.access?.customerId === customerId ? unit.access : await businessModule(container).accessOf(customerId)
  if (!unit.unit) return new Set()
  const tree = access.units.has(unit.unit.id) ? access.units : unit.tree
  return effectivePermissions(unit.unit.id, tree, access.memberships, access.catalog)
}

/** Rules that govern a unit: its own, plus its parents' for as long as each unit inherits (metadata inherit_approval_rules, default on). */
function governingUnitIds(unitId: string, tree: Map<string, UnitRecord>) {
  const ids: string[] = []
  for (const u of ancestry(unitId, tree) as UnitRecord[]) {
    ids.push(u.id)
    if ((u.metadata as any)?.inherit_approval_rules === false) break
  }
  return ids
}

async function spentInPeriod(container: MedusaContainer, associateId: string, since: Date | null) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: OrderBusinessAssociate.entryPoint, fields: ["order_id"], filters: { business_associate_id: associateId } })
  if (!links.length) return 0
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "total", "status"],
    filters: { id: links.map((l: any) => l.order_id), ...(since ? { created_at: { $gte: since } } : {}) },
  })
  return orders.filter((o: any) => o.status !== "canceled").reduce((sum: number, o: any) => sum + Number(o.total), 0)
}

/** An order-to-be; `catalog` (SKUs and categories of its lines) when the caller has read it already. */
export type OrderToBe = { total: number; currency_code: string; variant_ids: string[]; catalog?: Catalog }

type Catalog = { skus: string[]; category_ids: string[] }

const VARIANT_CATALOG_FIELDS = ["id", "sku", "product.categories.id"]

function catalogFrom(variants: any[]): Catalog {
  return {
    skus: variants.map((v) => v.sku).filter(Boolean),
    category_ids: variants.flatMap((v) => (v.product?.categories ?? []).map((c: any) => c.id)),
  }
}

async function catalogOf(container: MedusaContainer, variantIds: string[]): Promise<Catalog> {
  if (!variantIds.length) return { skus: [], category_ids: [] }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: VARIANT_CATALOG_FIELDS, filters: { id: variantIds } })
  return catalogFrom(data)
}

/** Approval rules and budget, evaluated for an order-to-be of the unit's associate. */
export async function approvalVerdict(container: MedusaContainer, unit: UnitFacts, order: OrderToBe, now = new Date()): Promise<ApprovalVerdict> {
  if (!unit.unit || !unit.associate_id) return { reasons: [], tiers: [], over_budget: false, allow_self_approval: false }
  const [rules, [budget], catalog] = await Promise.all([
    approvalModule(container).listApprovalRules({ business_unit_id: governingUnitIds(unit.unit.id, unit.tree), active: true }, { take: null }),
    approvalModule(container).listApprovalBudgets({ associate_id: unit.associate_id, business_unit_id: unit.unit.id }),
    order.catalog ?? catalogOf(container, order.variant_ids),
  ])
  const budgetFact =
    budget && budget.currency_code.toLowerCase() === order.currency_code.toLowerCase()
      ? {
          amount: Number(budget.amount),
          currency_code: budget.currency_code,
          period: budget.period as BudgetPeriod,
          spent_in_period: await spentInPeriod(container, unit.associate_id, periodStart(budget.period as BudgetPeriod, now)),
        }
      : null
  const facts = {
    total: order.total,
    currency_code: order.currency_code,
    skus: catalog.skus,
    category_ids: catalog.category_ids,
    requester_roles: unit.owner_roles,
  }
  const ruleFacts: RuleFact[] = rules.map((r) => ({
    name: r.name,
    predicate: r.predicate as RulePredicate,
    tiers: (r.tiers ?? []) as unknown as Tier[],
    allow_self_approval: r.allow_self_approval,
  }))
  return evaluateApproval(facts, ruleFacts, budgetFact)
}

export const NET_TERMS_BUSINESS_ONLY =
  "Net terms are only available to business units ordering through the Wholesale storefront; choose another payment method"

/** Why a cart may not pay on net terms, or null when it may. */
export function netTermsUnavailable(unit: UnitFacts | null, wholesale: boolean, currencyCode: string): string | null {
  if (!unit?.unit || !wholesale) {
    return NET_TERMS_BUSINESS_ONLY
  }
  if (!unit.terms) {
    return "This business unit has no payment terms; choose another payment method or ask us to set up net terms"
  }
  if (unit.terms.currency_code.toLowerCase() !== currencyCode.toLowerCase()) {
    return `Net terms credit is kept in ${unit.terms.currency_code.toUpperCase()}; this cart is in ${currencyCode.toUpperCase()}`
  }
  return null
}

/** What the cart's customer sees for each line's variant at its quantity: the listing's pricing context. */
async function expectedPrices(container: MedusaContainer, cart: any, lines: SnapshotLine[]): Promise<(number | null)[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const groups = (cart.customer?.groups ?? []).map((g: any) => ({ id: g.id }))
  const byQuantity = new Map<number, string[]>()
  for (const line of lines) {
    if (line.variant_id) byQuantity.set(line.quantity, [...(byQuantity.get(line.quantity) ?? []), line.variant_id])
  }
  const priced = new Map<string, number | null>()
  await Promise.all(
    [...byQuantity].map(async ([quantity, ids]) => {
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "calculated_price.calculated_amount"],
        filters: { id: [...new Set(ids)] },
        context: {
          calculated_price: QueryContext({
            region_id: cart.region_id,
            currency_code: cart.currency_code,
            sales_channel_id: cart.sales_channel_id,
            ...(groups.length ? { customer: { groups } } : {}),
            quantity,
          }),
        },
      })
      for (const v of data as any[]) {
        const amount = v.calculated_price?.calculated_amount
        priced.set(`${v.id}|${quantity}`, amount == null ? null : Number(amount))
      }
    })
  )
  return lines.map((l) => (l.variant_id ? priced.get(`${l.variant_id}|${l.quantity}`) ?? null : null))
}

/** Channel and quantity-rule violations of the cart's lines, and their catalog facts (read in the same query). */
async function lineViolations(container: MedusaContainer, cart: any, lines: SnapshotLine[]) {
  const ids = [...new Set(lines.map((l) => l.variant_id).filter((id): id is string => !!id))]
  if (!ids.length || !cart.sales_channel_id) return { channel: [] as string[], quantity: [] as string[], catalog: { skus: [], category_ids: [] } as Catalog }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rulesService: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
  const [{ data: variants }, rules] = await Promise.all([
    query.graph({ entity: "product_variant", fields: [...VARIANT_CATALOG_FIELDS, "title", "product.title", "product.sales_channels.id"], filters: { id: ids } }),
    rulesService.listVariantQuantityRules({ sales_channel_id: cart.sales_channel_id, variant_id: ids }),
  ])
  const channelName = cart.sales_channel?.name ?? cart.sales_channel_id
  const channel = variantsOutsideChannel(variants, cart.sales_channel_id).map((v) => `"${v.product?.title ?? v.id}" is not sold in the ${channelName} sales channel`)
  const ruleByVariant = new Map(rules.map((r) => [r.variant_id, r]))
  const labelOf = new Map(variants.map((v: any) => [v.id, [v.product?.title, v.title].filter(Boolean).join(", ")]))
  const totals = new Map<string, number>()
  for (const l of lines) if (l.variant_id) totals.set(l.variant_id, (totals.get(l.variant_id) ?? 0) + l.quantity)
  const quantity = [...totals]
    .map(([id, q]) => quantityRuleViolation(ruleByVariant.get(id), q, `"${labelOf.get(id) ?? id}"`))
    .filter((m): m is string => !!m)
  return { channel, quantity, catalog: catalogFrom(variants) }
}

export type LoadOptions = {
  /** The customer acting on the cart (defaults to none: the hooks check the cart, the routes the caller). */
  actorCustomerId?: string | null
  /** For the readiness view: the credit position even when the cart does not pay on net terms yet, and the payment providers. */
  readiness?: boolean
}

export async function loadBusinessCart(container: MedusaContainer, cartId: string, options: LoadOptions = {}): Promise<LoadedBusinessCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = options.readiness ? [...CART_FIELDS, "region.payment_providers.id"] : CART_FIELDS
  const { data } = await query.graph({ entity: "cart", fields, filters: { id: cartId } })
  const cart = data[0] as any
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)

  const wholesale = isWholesaleChannel(cart.sales_channel)
  const lines: SnapshotLine[] = (cart.items ?? []).map((i: any) => ({ variant_id: i.variant_id ?? null, quantity: Number(i.quantity), unit_price: Number(i.unit_price) }))
  const linkedUnitId: string | null = cart.business_unit?.id ?? null
  const access = wholesale && cart.customer_id && !linkedUnitId ? await businessModule(container).accessOf(cart.customer_id) : null
  const isAssociate = !!linkedUnitId || !!access?.memberships.length
  const kind: LoadedBusinessCart["kind"] = !wholesale ? (linkedUnitId ? "business" : "other") : isAssociate ? "business" : "channel"

  const requestedNetTerms = (cart.payment_collection?.payment_sessions ?? []).some((s: any) => s.provider_id === NET_TERMS_PROVIDER_ID)
  const [plan, splitFrom] = linkedUnitId ? await Promise.all([planFactsOf(container, cart), splitFromCartId(container, cart.id)]) : [null, null]
  // A delivery of a split checkout is judged with its whole basket: approval and prices are the basket's.
  const basket = splitFrom ? await loadBusinessCart(container, splitFrom) : null
  const total = plan?.split ? plan.total : Number(cart.total ?? 0)
  const [unit, violations, prices, tax] = await Promise.all([
    linkedUnitId ? loadUnitFacts(container, linkedUnitId, cart.customer_id) : Promise.resolve(null),
    lineViolations(container, cart, lines),
    kind === "other" ? Promise.resolve(lines.map((l) => l.unit_price)) : basket ? Promise.resolve(basketPrices(basket, lines)) : expectedPrices(container, cart, lines),
    linkedUnitId ? taxFacts(container, linkedUnitId, cart) : Promise.resolve(undefined),
  ])
  const orderToBe: OrderToBe = {
    total,
    currency_code: cart.currency_code,
    variant_ids: [...new Set(lines.map((l) => l.variant_id).filter((v): v is string => !!v))],
    catalog: violations.catalog,
  }
  const [verdict, flowRows, credit, actorPermissions] = await Promise.all([
    basket ? Promise.resolve(basket.approval) : unit ? approvalVerdict(container, unit, orderToBe) : Promise.resolve({ reasons: [], tiers: [], over_budget: false, allow_self_approval: false }),
    basket || !unit ? Promise.resolve([]) : approvalModule(container).listApprovalFlows({ cart_id: cart.id, quote_id: null, status: ["pending", "approved", "rejected"] }, { order: { created_at: "DESC" } }),
    unit?.terms && (requestedNetTerms || options.readiness) ? creditForCart(container, unit.terms, cart.id) : Promise.resolve(null),
    unit && options.actorCustomerId ? permissionsOf(container, unit, options.actorCustomerId) : Promise.resolve(null),
  ])
  const flows: ApprovalFlowFact[] = basket
    ? basket.approval.flows
    : flowRows.map((f: any) => ({
        id: f.id,
        status: f.status,
        lines: ((f.snapshot as any)?.lines ?? []).map((l: any) => ({ variant_id: l.variant_id ?? null, quantity: Number(l.quantity), unit_price: Number(l.unit_price) })),
        total: Number(f.cart_total),
      }))
  const facts: BusinessCartFacts = {
    unit: unit?.unit ? { id: unit.unit.id, active: unit.active } : null,
    owner_is_associate: unit?.owner_is_associate ?? false,
    actor: actorPermissions ? { permissions: actorPermissions, is_owner: options.actorCustomerId === cart.customer_id } : null,
    lines,
    expected_prices: prices,
    channel_violations: violations.channel,
    quantity_violations: violations.quantity,
    approval: { reasons: verdict.reasons, over_budget: verdict.over_budget, flows, ...(basket ? { subject: approvalSubject(basket.facts) } : {}) },
    tax,
    delivery: plan ? { count: plan.count, date_refusals: plan.date_refusals, outdated: plan.outdated } : null,
    net_terms: {
      requested: requestedNetTerms,
      unavailable: netTermsUnavailable(unit, wholesale, cart.currency_code),
      credit,
    },
    total,
    currency_code: cart.currency_code,
  }
  // Other carts (Retail) meet the channel and quantity rules; their prices are Medusa's own (no parity check, expected = charged).
  const refusals = kind === "business" ? checkBusinessCart(facts) : checkChannelCart(facts)
  const netTermsRefusal = kind !== "business" && requestedNetTerms && facts.net_terms.unavailable
  const payment_providers = (cart.region?.payment_providers ?? [])
    .map((p: any) => p.id as string)
    .filter((id: string) => id !== NET_TERMS_PROVIDER_ID || (kind === "business" && !facts.net_terms.unavailable))
  return {
    cart,
    kind,
    unit,
    facts,
    refusals: netTermsRefusal ? [...refusals, { code: "net_terms_unavailable", message: facts.net_terms.unavailable! }] : refusals,
    approval: { ...verdict, flows },
    lines,
    payment_providers,
    plan,
  }
}

/** The zero-rating the unit's treatment calls for, beside the one the cart's tax lines carry (none yet: nothing to compare). */
async function taxFacts(container: MedusaContainer, unitId: string, cart: any): Promise<BusinessCartFacts["tax"]> {
  const codes = [...(cart.items ?? []), ...(cart.shipping_methods ?? [])].flatMap((line: any) => (line?.tax_lines ?? []).map((t: any) => t?.code))
  if (!codes.length) return undefined
  const treatment = await treatmentFor(container, unitId, cart.shipping_address ?? null)
  return {
    expected: isZeroRated(treatment.kind) ? treatment.kind : null,
    applied: treatmentOfTaxLines(codes),
  }
}

/** A delivery's lines priced as in its basket: each variant at the price the basket was checked at. */
function basketPrices(basket: LoadedBusinessCart, lines: SnapshotLine[]): (number | null)[] {
  return lines.map((line) => {
    const matches = basket.lines.map((b, i) => ({ b, expected: basket.facts.expected_prices[i] })).filter(({ b }) => b.variant_id === line.variant_id)
    return (matches.find(({ b }) => b.unit_price === line.unit_price) ?? matches[0])?.expected ?? null
  })
}

/** The unit's credit position as this cart sees it: a hold the cart already has is credit it may use. */
async function creditForCart(container: MedusaContainer, terms: EffectiveTerms, cartId: string) {
  const service = netTermsModule(container)
  const [position, [ownHold]] = await Promise.all([service.creditPositionOf(terms), service.listCreditHolds({ cart_id: cartId, status: "held" })])
  return ownHold ? { ...position, available: Math.round((position.available + Number(ownHold.amount)) * 100) / 100 } : position
}

/**
 * Whether the cart can be ordered now, as data for the portal's checkout: the policy's refusals
 * with their codes, the approval state, the credit available and the payment providers the cart
 * may use. Completing the cart runs the same policy on the same facts.
 */
export function checkoutReadiness(loaded: LoadedBusinessCart): CheckoutReadiness {
  const [latestFlow] = loaded.approval.flows
  return {
    cart_id: loaded.cart.id,
    ready: loaded.refusals.length === 0,
    refusals: loaded.refusals,
    approval: {
      state: approvalState(loaded.facts.approval, approvalSubject(loaded.facts).lines, approvalSubject(loaded.facts).total),
      flow_id: latestFlow?.id ?? null,
      reasons: loaded.approval.reasons,
    },
    credit: loaded.facts.net_terms.credit,
    payment_providers: loaded.payment_providers,
    total: loaded.facts.total,
    currency_code: loaded.cart.currency_code,
  }
}

/**
 * The net-terms payment session's data, decided on the server from the cart (its unit and the
 * credit holder), never from the client; a cart that may not pay on net terms is refused with
 * the reason (code net_terms_unavailable).
 */
export function netTermsSessionData(loaded: LoadedBusinessCart | null) {
  const unavailable = loaded ? (loaded.kind === "business" ? loaded.facts.net_terms.unavailable : NET_TERMS_BUSINESS_ONLY) : NET_TERMS_BUSINESS_ONLY
  if (unavailable || !loaded?.unit?.terms) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, unavailable ?? NET_TERMS_BUSINESS_ONLY, "net_terms_unavailable")
  }
  const terms = loaded.unit.terms
  return { business_unit_id: loaded.unit.unit!.id, credit_holder_id: terms.credit_holder_id, terms: terms.terms }
}

/** The error for a refusal, its code kept on the error (and in the response) for clients to branch on. */
export function refusalError(refusal: Refusal) {
  const type = FORBIDDING.includes(refusal.code) ? MedusaError.Types.FORBIDDEN : MedusaError.Types.NOT_ALLOWED
  return new MedusaError(type, refusal.message, refusal.code)
}
