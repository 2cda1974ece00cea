import { BulkRowReport } from "../../bulk-order/contract"
import { Refusal } from "../../business-cart/policy"
import { runVerdict } from "../runs"

const row = (sku: string, status: "added" | "refused", code?: BulkRowReport["code"]): BulkRowReport => ({ row: 1, sku, variant_id: `v-${sku}`, quantity: 1, status, code, product_title: sku })
const refusal = (code: Refusal["code"]): Refusal => ({ code, message: code })

describe("a due run's verdict", () => {
  it("places the order with the lines still sold, reporting the others", () => {
    const verdict = runVerdict([row("A", "added"), row("B", "refused", "not_in_channel")], [], 1)
    expect(verdict).toEqual({ kind: "place", skipped: [{ variant_id: "v-B", sku: "B", product_title: "B", code: "not_in_channel", message: null }] })
  })

  it("ends the run when stock is gone or nothing is left", () => {
    expect(runVerdict([row("A", "added"), row("B", "refused", "out_of_stock")], [], 1)).toMatchObject({ kind: "fail", code: "out_of_stock", message: "Not enough stock for: B" })
    expect(runVerdict([row("B", "refused", "not_in_channel")], [], 0)).toMatchObject({ kind: "fail", code: "nothing_left" })
  })

  it("submits for approval when approval or the budget asks for it, and only then", () => {
    expect(runVerdict([row("A", "added")], [refusal("approval_required")], 1)).toMatchObject({ kind: "approval", code: "approval_required" })
    expect(runVerdict([row("A", "added")], [refusal("over_budget")], 1)).toMatchObject({ kind: "approval", code: "over_budget" })
  })

  it("ends the run on any other refusal, even when approval is needed too", () => {
    for (const code of ["unit_inactive", "not_permitted", "credit_exceeded", "not_associate"] as const) {
      expect(runVerdict([row("A", "added")], [refusal("approval_required"), refusal(code)], 1)).toMatchObject({ kind: "fail", code })
    }
  })
})
