import { MAX_LIST_ITEMS } from "../contract"
import { inListOrder, ListEditRefusal, ListItemInput, ListItemState, planListEdit } from "../edits"

const item = (id: string, variant_id: string, quantity: number, position: number): ListItemState => ({ id, variant_id, quantity, note: null, position })
const input = (variant_id: string, quantity: number, note?: string): ListItemInput => ({ variant_id, quantity, note, product_title: variant_id, variant_title: null, sku: null })
const list = [item("i1", "v1", 2, 0), item("i2", "v2", 1, 3)]

describe("planListEdit", () => {
  it("adds to the quantity of a variant already listed and appends new ones after the last position", () => {
    const outcome = planListEdit(list, { type: "add", items: [input("v2", 4, "oat"), input("v3", 1), input("v3", 2)] })
    expect(outcome.update).toEqual([{ id: "i2", quantity: 5, note: "oat" }])
    expect(outcome.create.map((c) => [c.variant_id, c.quantity, c.position])).toEqual([["v3", 3, 4]])
    expect(outcome.remove).toEqual([])
  })

  it("keeps a listed item's note when the add gives none", () => {
    expect(planListEdit(list, { type: "add", items: [input("v1", 1)] }).update).toEqual([{ id: "i1", quantity: 3 }])
  })

  it("refuses to grow a list beyond its limit, but still adds to items it holds", () => {
    const full = Array.from({ length: MAX_LIST_ITEMS }, (_, i) => item(`i${i}`, `v${i}`, 1, i))
    expect(() => planListEdit(full, { type: "add", items: [input("new", 1)] })).toThrow(ListEditRefusal)
    expect(planListEdit(full, { type: "add", items: [input("v0", 1)] }).update).toEqual([{ id: "i0", quantity: 2 }])
  })

  it("changes, removes and orders only items of the list", () => {
    expect(planListEdit(list, { type: "update_item", item_id: "i2", quantity: 7 }).update).toEqual([{ id: "i2", quantity: 7 }])
    expect(planListEdit(list, { type: "remove_items", item_ids: ["i1", "i1"] }).remove).toEqual(["i1"])
    expect(() => planListEdit(list, { type: "update_item", item_id: "other", quantity: 1 })).toThrow(/not on this list/)
    expect(() => planListEdit(list, { type: "remove_items", item_ids: ["other"] })).toThrow(/not on this list/)
  })

  it("takes a new order only when it names every item once", () => {
    expect(planListEdit(list, { type: "order", item_ids: ["i2", "i1"] }).update).toEqual([{ id: "i2", position: 0 }, { id: "i1", position: 1 }])
    for (const ids of [["i1"], ["i1", "i1"], ["i1", "i2", "i3"], ["i1", "x"]]) {
      expect(() => planListEdit(list, { type: "order", item_ids: ids })).toThrow(/exactly once/)
    }
  })
})

describe("inListOrder", () => {
  it("numbers the items 0..n-1 in position order, whatever gaps removals left", () => {
    expect(inListOrder([item("b", "v", 1, 9), item("a", "v", 1, 2)]).map((i) => [i.id, i.position])).toEqual([["a", 0], ["b", 1]])
  })
})
