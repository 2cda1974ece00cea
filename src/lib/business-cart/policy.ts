import { Permission } from "../business/permissions"
import { ZeroRatedTreatment } from "../tax/contract"

/**
 * The business-cart invariant: what every Wholesale cart of an associate must satisfy before it
 * becomes an order, whichever way it got there (storefront checkout, cart transfer, a cart
 * created with items, quote acceptance, a bulk add, a scheduled run). Pure: the loader
 * (src/workflows/business-cart/steps/load-business-cart.ts) gathers the facts once, and every
 * entry point asks these functions; none restates a rule.
 */
export const REFUSAL_CODES = [
  "unit_missing",
  "not_associate",
  "unit_inactive",
  "not_permitted",
  "channel_mismatch",
  "quantity_rule",
  "delivery_date_unavailable",
  "delivery_plan_outdated",
  "price_mismatch",
  "tax_outdated",
  "approval_required",
  "over_budget",
  "approval_pending",
  "approval_rejected",
  "approval_outdated",
  "net_terms_unavailable",
  "credit_exceeded",
  "split_delivery",
] as const

export type RefusalCode = (typeof REFUSAL_CODES)[number]

/** A machine-readable reason (storefronts branch on `code`) with its message for people. */
export type Refusal = { code: RefusalCode; message: string }

export type SnapshotLine = { variant_id: string | null; quantity: number; unit_price: number }

/** A flow with what it approved: the lines, and the total (an approval never covers a higher total, say a dearer delivery added later). */
export type ApprovalFlowFact = { id: string; status: "pending" | "approved" | "rejected" | "void"; lines: SnapshotLine[]; total: number }

export type ApprovalState = "not_needed" | "required" | "pending" | "approved" | "rejected" | "outdated"

export type CreditFact = { limit: number; available: number; currency_code: string }

export type BusinessCartFacts = {
  /** The unit the cart is linked to on the server, or null. */
  unit: { id: string; active: boolean } | null
  /** Whether the cart's customer holds a role in the linked unit (directly or inherited). */
  owner_is_associate: boolean
  /** The acting customer's permissions in the unit, and whether that customer owns the cart; null where no caller is known (a hook). */
  actor: { permissions: Set<Permission>; is_owner: boolean } | null
  lines: SnapshotLine[]
  /** What the cart's customer sees for each line in the listing (same unit, channel, region, quantity); null when unpriced. */
  expected_prices: (number | null)[]
  channel_violations: string[]
  quantity_violations: string[]
  approval: {
    /** Why approval is needed (rules and budget); empty when it is not. */
    reasons: string[]
    over_budget: boolean
    /** The cart's pending or approved flows, newest first. */
    flows: ApprovalFlowFact[]
    /**
     * The order-to-be an approval is about: the cart itself, or, for one delivery of a split
     * checkout, the whole basket of the checkout (one approval for all its deliveries). Absent: the
     * cart itself.
     */
    subject?: { lines: SnapshotLine[]; total: number }
  }
  /**
   * The cart's delivery plan (null without one): how many deliveries, why a requested date is no
   * longer allowed, and whether the cart's lines changed since it was planned (its deliveries
   * would no longer add up to the cart).
   */
  delivery?: { count: number; date_refusals: string[]; outdated: boolean } | null
  /**
   * The zero-rating the buyer's tax treatment calls for (reverse charge, US resale exemption; null:
   * the rates apply) and the one the cart's tax lines carry. They differ when the merchant changed
   * the unit's verification after the cart was taxed. Absent: not checked (a channel cart).
   */
  tax?: { expected: ZeroRatedTreatment | null; applied: ZeroRatedTreatment | null }
  net_terms: {
    /** The cart pays (or asks to pay) on net terms. */
    requested: boolean
    /** Why the unit cannot use net terms for this cart, or null when it can. */
    unavailable: string | null
    credit: CreditFact | null
  }
  total: number
  currency_code: string
}

const money = (n: number, currency: string) => `${n.toFixed(2)} ${currency.toUpperCase()}`

const sortKey = (l: SnapshotLine) => `${l.variant_id}|${l.quantity}|${l.unit_price}`

/** Two carts are the same order when they hold the same variants, quantities and unit prices. */
export function sameLines(a: SnapshotLine[], b: SnapshotLine[]): boolean {
  if (a.length !== b.length) return false
  const left = a.map(sortKey).sort()
  const right = b.map(sortKey).sort()
  return left.every((key, i) => key === right[i])
}

/** Where the cart stands on approval: an approval counts only for exactly the lines approved, at no higher total. */
export function approvalState(approval: Omit<BusinessCartFacts["approval"], "subject">, lines: SnapshotLine[], total: number): ApprovalState {
  if (!approval.reasons.length) return "not_needed"
  const [latest] = approval.flows.filter((f) => f.status !== "void")
  if (!latest) return "required"
  if (latest.status === "pending") return "pending"
  if (latest.status === "rejected") return "rejected"
  return sameLines(latest.lines, lines) && total <= latest.total + 0.005 ? "approved" : "outdated"
}

/** The permission the caller needs to place the cart: its own, or a colleague's. */
export const placePermission = (isOwner: boolean): Permission => (isOwner ? "orders.place_own" : "orders.place_others")

// Each check returns the refusals it finds; checkBusinessCart runs them in this order.

function unitLinked(f: BusinessCartFacts): Refusal[] {
  if (f.unit) return []
  return [{ code: "unit_missing", message: "This Wholesale cart belongs to no business unit: log in and choose the unit you order for, then create the cart again" }]
}

function ownerIsAssociate(f: BusinessCartFacts): Refusal[] {
  if (!f.unit || f.owner_is_associate) return []
  return [{ code: "not_associate", message: "The cart's customer is not an associate of the cart's business unit" }]
}

function unitActive(f: BusinessCartFacts): Refusal[] {
  if (!f.unit || f.unit.active) return []
  return [{ code: "unit_inactive", message: "This business unit is inactive and cannot place orders" }]
}

function actorMayPlace(f: BusinessCartFacts): Refusal[] {
  if (!f.actor) return []
  const needed = placePermission(f.actor.is_owner)
  if (f.actor.permissions.has(needed)) return []
  return [{ code: "not_permitted", message: `Your role in this cart's business unit does not allow placing it (it needs the "${needed}" permission)` }]
}

function inChannel(f: BusinessCartFacts): Refusal[] {
  return f.channel_violations.map((message) => ({ code: "channel_mismatch" as const, message }))
}

function quantityRules(f: BusinessCartFacts): Refusal[] {
  return f.quantity_violations.map((message) => ({ code: "quantity_rule" as const, message }))
}

function deliveryPlanCurrent(f: BusinessCartFacts): Refusal[] {
  if (!f.delivery?.outdated) return []
  return [{ code: "delivery_plan_outdated", message: "The cart changed after its deliveries were planned (lines, quantities or prices): plan the deliveries again" }]
}

function deliveryDatesAllowed(f: BusinessCartFacts): Refusal[] {
  return (f.delivery?.date_refusals ?? []).map((message) => ({ code: "delivery_date_unavailable" as const, message }))
}

function pricesMatch(f: BusinessCartFacts): Refusal[] {
  const differing = f.lines.filter((line, i) => {
    const expected = f.expected_prices[i]
    return expected == null || Math.abs(expected - line.unit_price) > 0.000001
  })
  if (!differing.length) return []
  return [{
    code: "price_mismatch",
    message: `The price of ${differing.length} line(s) differs from your current price: update the cart (its prices are refreshed) and check it again`,
  }]
}

/** The lines and total an approval must cover. */
export const approvalSubject = (f: Pick<BusinessCartFacts, "approval" | "lines" | "total">) => f.approval.subject ?? { lines: f.lines, total: f.total }

function approvalGranted(f: BusinessCartFacts): Refusal[] {
  const subject = approvalSubject(f)
  switch (approvalState(f.approval, subject.lines, subject.total)) {
    case "not_needed":
    case "approved":
      return []
    case "pending":
      return [{ code: "approval_pending", message: "This cart is waiting for approval" }]
    case "rejected":
      return [{ code: "approval_rejected", message: "This cart's approval was rejected: change it and submit it again" }]
    case "outdated":
      return [{ code: "approval_outdated", message: "The cart changed after approval (lines, quantities, prices or a higher total): the approval is void, submit the cart again" }]
    case "required":
      return [{
        code: f.approval.over_budget ? "over_budget" : "approval_required",
        message: `Approval needed before ordering: ${f.approval.reasons.join("; ")}. Submit the cart for approval (POST /store/business/approvals)`,
      }]
  }
}

function taxCurrent(f: BusinessCartFacts): Refusal[] {
  if (!f.tax || f.tax.expected === f.tax.applied) return []
  return [{
    code: "tax_outdated",
    message: "The business unit's tax standing changed since this cart was taxed (VAT id or exemption verification): any change to the cart recalculates its taxes; check the new total and place the order again",
  }]
}

function netTermsFit(f: BusinessCartFacts): Refusal[] {
  if (!f.net_terms.requested) return []
  if (f.net_terms.unavailable) return [{ code: "net_terms_unavailable", message: f.net_terms.unavailable }]
  const credit = f.net_terms.credit
  if (!credit || f.total <= credit.available) return []
  return [{
    code: "credit_exceeded",
    message: `This order (${money(f.total, credit.currency_code)}) exceeds the credit available on net terms (${money(credit.available, credit.currency_code)} of a ${money(credit.limit, credit.currency_code)} limit)`,
  }]
}

const CHECKS = [unitLinked, ownerIsAssociate, unitActive, actorMayPlace, inChannel, quantityRules, deliveryPlanCurrent, deliveryDatesAllowed, pricesMatch, taxCurrent, approvalGranted, netTermsFit]

/** Refusals that submitting the order-to-be for approval resolves. */
export const SUBMIT_FOR_APPROVAL: RefusalCode[] = ["approval_required", "over_budget", "approval_outdated", "approval_rejected"]

/** Refusals about who orders (unit, membership, role), answered 403 by the routes. */
export const FORBIDDING: RefusalCode[] = ["unit_inactive", "not_associate", "not_permitted"]

/**
 * Who may start (or take over) a business cart in a unit: an associate of the unit, active, whose
 * role lets them fill carts. Checked when a cart is created in a business context and when a
 * guest cart is transferred to an associate.
 */
export function checkCartOpener(facts: { unit: { id: string; active: boolean }; is_associate: boolean; permissions: Set<Permission> }): Refusal[] {
  if (!facts.is_associate) return [{ code: "not_associate", message: "You are not an associate of this business unit" }]
  if (!facts.unit.active) return [{ code: "unit_inactive", message: "This business unit is inactive and cannot order" }]
  if (!facts.permissions.has("carts.update_own")) {
    return [{ code: "not_permitted", message: "Your role in this business unit does not allow creating carts" }]
  }
  return []
}

/** The caller's part of the invariant, for a route that knows the caller before any cart fact is loaded. */
export function checkCaller(facts: Pick<BusinessCartFacts, "unit" | "actor">): Refusal[] {
  const f = { ...facts, owner_is_associate: true } as BusinessCartFacts
  return [unitActive, actorMayPlace].flatMap((check) => check(f))
}

/**
 * A cart split into several deliveries becomes one order per delivery, placed together
 * (POST /store/business/carts/:id/deliveries/complete); completing it as one order would ignore
 * its plan, so that path refuses it.
 */
export function checkSingleOrderCompletion(facts: Pick<BusinessCartFacts, "delivery">): Refusal[] {
  const count = facts.delivery?.count ?? 0
  if (count <= 1) return []
  return [{ code: "split_delivery", message: `This cart is split into ${count} deliveries: place it with POST /store/business/carts/:id/deliveries/complete (one order per delivery)` }]
}

/** Every refusal of the cart, in the order a buyer would fix them; none means it may become an order. */
export function checkBusinessCart(facts: BusinessCartFacts): Refusal[] {
  return CHECKS.flatMap((check) => check(facts))
}

/** The rules for any other cart (a Wholesale guest's, a Retail cart): channel, quantities, prices. */
export function checkChannelCart(facts: Pick<BusinessCartFacts, "lines" | "expected_prices" | "channel_violations" | "quantity_violations">): Refusal[] {
  const f = facts as BusinessCartFacts
  return [inChannel, quantityRules, pricesMatch].flatMap((check) => check(f))
}

/** What the B2B portal's checkout reads (GET /store/business/carts/:id/checkout): data, never text to parse. */
export type CheckoutReadiness = {
  cart_id: string
  ready: boolean
  refusals: Refusal[]
  approval: { state: ApprovalState; flow_id: string | null; reasons: string[] }
  credit: CreditFact | null
  payment_providers: string[]
  total: number
  currency_code: string
}
