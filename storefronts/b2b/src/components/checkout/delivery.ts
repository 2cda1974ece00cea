import type { UnitAddress } from "../../../../../src/lib/business/contract"
import type { DeliveryPlan, DeliveryRequest } from "../../api/delivery"
import { CartLineItem } from "../../types"
import { AddressForm } from "./address"

/**
 * The checkout's delivery choice. One delivery: the cart's address (the form) and, when that is
 * one of the unit's addresses, a requested date. Split: several deliveries, each to one of the
 * unit's addresses on its own date, with each cart line's quantity assigned across them.
 */
export type SplitDelivery = { key: number; address_id: string; date: string | null; quantities: Record<string, number> }
export type DeliveryDraft = { mode: "single"; date: string | null } | { mode: "split"; deliveries: SplitDelivery[] }

let nextKey = 1
export const newDeliveryKey = () => nextKey++

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase()

/** The unit's address the form names (street, postal code, city, country), if any: only those get requested dates. */
export function matchingUnitAddress(form: AddressForm, addresses: UnitAddress[]): UnitAddress | null {
  return (
    addresses.find(
      (a) => same(a.address_1, form.address_1) && same(a.postal_code, form.postal_code) && same(a.city, form.city) && same(a.country_code, form.country_code)
    ) ?? null
  )
}

/** The form filled from a unit's address; the recipient's name and phone stay the buyer's when the address has none. */
export function formFromUnitAddress(address: UnitAddress, current: AddressForm): AddressForm {
  return {
    first_name: address.first_name ?? current.first_name,
    last_name: address.last_name ?? current.last_name,
    company: address.company ?? current.company,
    address_1: address.address_1,
    city: address.city,
    postal_code: address.postal_code,
    country_code: address.country_code.toLowerCase(),
    phone: address.phone ?? current.phone,
  }
}

/** Where a checkout starts: the saved plan if the cart has one, else one delivery (its date chosen once the dates load). */
export function initialDraft(plan: DeliveryPlan | null): DeliveryDraft {
  if (!plan || plan.status !== "open" || plan.deliveries.length === 0) return { mode: "single", date: null }
  if (!plan.split) return { mode: "single", date: plan.deliveries[0].requested_date }
  return {
    mode: "split",
    deliveries: [...plan.deliveries]
      .sort((a, b) => a.position - b.position)
      .map((d) => ({
        key: newDeliveryKey(),
        address_id: d.address.address_id,
        date: d.requested_date,
        quantities: Object.fromEntries(d.lines.map((l) => [l.line_item_id, l.quantity])),
      })),
  }
}

/** Two deliveries to start a split from: everything in the first (to `firstAddressId`), the second to the next address, empty. */
export function startSplit(items: CartLineItem[], addresses: UnitAddress[], firstAddressId: string | null, firstDate: string | null): SplitDelivery[] {
  const first = addresses.find((a) => a.id === firstAddressId) ?? addresses[0]
  const second = addresses.find((a) => a.id !== first?.id) ?? first
  return [
    { key: newDeliveryKey(), address_id: first?.id ?? "", date: firstDate, quantities: Object.fromEntries(items.map((i) => [i.id, i.quantity])) },
    { key: newDeliveryKey(), address_id: second?.id ?? "", date: null, quantities: Object.fromEntries(items.map((i) => [i.id, 0])) },
  ]
}

/** A new delivery added to a split: the next address not used yet, nothing assigned. */
export function addedDelivery(deliveries: SplitDelivery[], items: CartLineItem[], addresses: UnitAddress[]): SplitDelivery {
  const unused = addresses.find((a) => !deliveries.some((d) => d.address_id === a.id)) ?? addresses[0]
  return { key: newDeliveryKey(), address_id: unused?.id ?? "", date: null, quantities: Object.fromEntries(items.map((i) => [i.id, 0])) }
}

export const assigned = (line: CartLineItem, deliveries: SplitDelivery[]) => deliveries.reduce((sum, d) => sum + (d.quantities[line.id] ?? 0), 0)
export const leftToAssign = (line: CartLineItem, deliveries: SplitDelivery[]) => line.quantity - assigned(line, deliveries)

/** What keeps a split from being saved, in words, or null. */
export function splitProblem(deliveries: SplitDelivery[], items: CartLineItem[]): string | null {
  for (const [i, d] of deliveries.entries()) {
    if (!d.address_id) return `Choose an address for delivery ${i + 1}.`
    if (!d.date) return `Choose a date for delivery ${i + 1}.`
    if (!items.some((line) => (d.quantities[line.id] ?? 0) > 0)) return `Delivery ${i + 1} has nothing assigned: assign quantities or remove it.`
  }
  for (const line of items) {
    const left = leftToAssign(line, deliveries)
    const name = line.product_title ?? line.title
    if (left > 0) return `${left} × ${name} still to assign to a delivery.`
    if (left < 0) return `${-left} × ${name} more assigned than in the cart.`
  }
  const seen = new Set<string>()
  for (const d of deliveries) {
    const key = `${d.address_id}:${d.date}`
    if (seen.has(key)) return "Two deliveries go to the same address on the same date: merge them."
    seen.add(key)
  }
  return null
}

/** The POST …/deliveries body of a split: each delivery with the lines it carries. */
export function splitRequests(deliveries: SplitDelivery[], items: CartLineItem[]): DeliveryRequest[] {
  return deliveries.map((d) => ({
    address_id: d.address_id,
    requested_date: d.date!,
    lines: items.filter((line) => (d.quantities[line.id] ?? 0) > 0).map((line) => ({ line_item_id: line.id, quantity: d.quantities[line.id] })),
  }))
}

/** Whether the backend's plan is the one the draft asks for (else what it says about shipping and total is out of date). */
export function planMatches(plan: DeliveryPlan | null, requests: DeliveryRequest[] | null): boolean {
  if (!plan || !requests) return !plan && !requests
  if (plan.deliveries.length !== requests.length) return false
  const deliveries = [...plan.deliveries].sort((a, b) => a.position - b.position)
  return requests.every((r, i) => {
    const d = deliveries[i]
    if (d.address.address_id !== r.address_id || d.requested_date !== r.requested_date) return false
    if (!r.lines) return true
    const planned = new Map(d.lines.map((l) => [l.line_item_id, l.quantity]))
    return r.lines.length === planned.size && r.lines.every((l) => planned.get(l.line_item_id) === l.quantity)
  })
}
