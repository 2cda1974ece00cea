import { MAX_LIST_ITEMS } from "./contract"

/**
 * What one change does to a list's items, decided on the items as they are (the caller holds
 * the list's lock). Pure: the shopping-list module writes the outcome in one transaction.
 */

export type ListItemState = { id: string; variant_id: string; quantity: number; note: string | null; position: number }

/** A variant as saved on a list: what the storefront showed when it was added. */
export type ListItemInput = {
  variant_id: string
  quantity: number
  note?: string | null
  product_title: string
  variant_title: string | null
  sku: string | null
}

export type ListEdit =
  | { type: "add"; items: ListItemInput[] }
  | { type: "update_item"; item_id: string; quantity?: number; note?: string | null }
  | { type: "remove_items"; item_ids: string[] }
  | { type: "order"; item_ids: string[] }

export type ListEditOutcome = {
  create: (ListItemInput & { position: number; note: string | null })[]
  update: { id: string; quantity?: number; note?: string | null; position?: number }[]
  remove: string[]
}

export class ListEditRefusal extends Error {
  constructor(
    message: string,
    readonly code: "list_full" | "item_not_found" | "invalid_order"
  ) {
    super(message)
  }
}

const byPosition = (items: ListItemState[]) => [...items].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))

/**
 * Adding a variant the list already holds adds to its quantity (and replaces its note when one
 * is given); new variants go to the end in the order given. The same variant twice in one add
 * counts once with the quantities summed.
 */
function planAdd(current: ListItemState[], items: ListItemInput[]): ListEditOutcome {
  const existing = new Map(current.map((i) => [i.variant_id, i]))
  const merged = new Map<string, ListItemInput>()
  for (const item of items) {
    const seen = merged.get(item.variant_id)
    merged.set(item.variant_id, seen ? { ...seen, quantity: seen.quantity + item.quantity, note: item.note ?? seen.note } : item)
  }
  const fresh = [...merged.values()].filter((i) => !existing.has(i.variant_id))
  if (current.length + fresh.length > MAX_LIST_ITEMS) {
    throw new ListEditRefusal(`A list holds at most ${MAX_LIST_ITEMS} items: this one has ${current.length}, and ${fresh.length} more would not fit`, "list_full")
  }
  let next = current.reduce((max, i) => Math.max(max, i.position + 1), 0)
  return {
    create: fresh.map((i) => ({ ...i, note: i.note ?? null, position: next++ })),
    update: [...merged.values()]
      .filter((i) => existing.has(i.variant_id))
      .map((i) => {
        const was = existing.get(i.variant_id)!
        return { id: was.id, quantity: was.quantity + i.quantity, ...(i.note !== undefined ? { note: i.note } : {}) }
      }),
    remove: [],
  }
}

function itemOf(current: ListItemState[], id: string): ListItemState {
  const item = current.find((i) => i.id === id)
  if (!item) throw new ListEditRefusal(`Item ${id} is not on this list`, "item_not_found")
  return item
}

/** The new order must name every item of the list exactly once. */
function planOrder(current: ListItemState[], ids: string[]): ListEditOutcome {
  const known = new Set(current.map((i) => i.id))
  const unique = new Set(ids)
  if (unique.size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
    throw new ListEditRefusal("Give every item of the list exactly once, in the new order", "invalid_order")
  }
  return { create: [], update: ids.map((id, position) => ({ id, position })), remove: [] }
}

export function planListEdit(current: ListItemState[], edit: ListEdit): ListEditOutcome {
  switch (edit.type) {
    case "add":
      return planAdd(byPosition(current), edit.items)
    case "update_item": {
      const item = itemOf(current, edit.item_id)
      const change = { id: item.id, ...(edit.quantity !== undefined ? { quantity: edit.quantity } : {}), ...(edit.note !== undefined ? { note: edit.note } : {}) }
      return { create: [], update: [change], remove: [] }
    }
    case "remove_items":
      return { create: [], update: [], remove: [...new Set(edit.item_ids)].map((id) => itemOf(current, id).id) }
    case "order":
      return planOrder(current, edit.item_ids)
  }
}

/** Items in list order, numbered 0..n-1 (positions keep gaps after removals; the answer does not). */
export function inListOrder<T extends ListItemState>(items: T[]): T[] {
  return (byPosition(items) as T[]).map((item, index) => ({ ...item, position: index }))
}
