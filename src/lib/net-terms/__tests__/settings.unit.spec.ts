import { effectiveTerms, lineage, TermsSettings, UnitNode } from "../settings"

const units = new Map<string, UnitNode>([
  ["company", { id: "company", parent_id: null }],
  ["division", { id: "division", parent_id: "company" }],
  ["team", { id: "team", parent_id: "division" }],
])

const settings = (...rows: TermsSettings[]) => new Map(rows.map((r) => [r.business_unit_id, r]))
const row = (id: string, terms: TermsSettings["terms"], limit: number | null, currency: string | null = "eur"): TermsSettings => ({
  business_unit_id: id,
  terms,
  credit_limit: limit,
  currency_code: limit === null ? null : currency,
})

describe("net-terms settings inheritance", () => {
  it("walks from the unit up to its company", () => {
    expect(lineage("team", units)).toEqual(["team", "division", "company"])
    expect(lineage("company", units)).toEqual(["company"])
  })

  it("gives a division its company's terms and credit", () => {
    const result = effectiveTerms("team", units, settings(row("company", "net_30", 1000)))
    expect(result).toEqual({ terms: "net_30", credit_holder_id: "company", credit_limit: 1000, currency_code: "eur" })
  })

  it("lets a division with its own limit draw on it, while keeping the company's terms", () => {
    const result = effectiveTerms("team", units, settings(row("company", "net_30", 1000), row("division", null, 200)))
    expect(result).toEqual({ terms: "net_30", credit_holder_id: "division", credit_limit: 200, currency_code: "eur" })
  })

  it("lets a division have its own terms on the company's credit", () => {
    const result = effectiveTerms("division", units, settings(row("company", "net_30", 1000), row("division", "net_60", null)))
    expect(result).toMatchObject({ terms: "net_60", credit_holder_id: "company" })
  })

  it("means no net terms without terms or without a credit limit anywhere up the tree", () => {
    expect(effectiveTerms("team", units, settings())).toBeNull()
    expect(effectiveTerms("team", units, settings(row("company", null, 1000)))).toBeNull()
    expect(effectiveTerms("team", units, settings(row("company", "net_30", null)))).toBeNull()
  })

  it("treats a zero limit as a limit (everything is refused), not as none", () => {
    expect(effectiveTerms("company", units, settings(row("company", "net_7", 0)))).toMatchObject({ credit_limit: 0 })
  })
})
