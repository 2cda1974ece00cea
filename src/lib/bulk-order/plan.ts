import { quantityRuleViolation, QuantityRule } from "../pricing/quantity-rules"
import { BulkLineInput, BulkMode, BulkRefusalCode, BulkRowReport } from "./contract"

/** A variant as the bulk path knows it after one read of the catalog. */
export type BulkVariant = {
  id: string
  sku: string | null
  title: string | null
  product_title: string | null
  /** Published and sold in the cart's sales channel. */
  sellable: boolean
  /** Units available in the channel's stock locations; null when the variant does not manage inventory. */
  available: number | null
}

export type BulkFacts = {
  /** By normalized SKU (normalizeSku) and by id. */
  bySku: ReadonlyMap<string, BulkVariant>
  byId: ReadonlyMap<string, BulkVariant>
  /** What the cart already holds per variant id. */
  held: ReadonlyMap<string, number>
  rules: ReadonlyMap<string, QuantityRule>
}

export type BulkPlan = { rows: BulkRowReport[]; items: { variant_id: string; quantity: number }[]; applied: boolean }

/** SKUs compare without case and without spaces ("cof-esp 1000" finds COF-ESP-1000). */
export const normalizeSku = (sku: string) => sku.replace(/\s+/g, "").toUpperCase()

/** A positive whole number (as a number or as digits), or null. */
export function parseQuantity(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : ""
  if (!/^\d{1,7}$/.test(text)) return null
  const quantity = Number(text)
  return quantity > 0 ? quantity : null
}

const MESSAGES: Record<Exclude<BulkRefusalCode, "quantity_rule" | "out_of_stock">, string> = {
  missing_reference: "give a SKU or a variant id",
  unknown_sku: "no product has this SKU",
  not_in_channel: "not sold in this storefront",
  invalid_quantity: "the quantity must be a positive whole number",
  not_applied: "not added: all-or-nothing mode and other rows were refused",
}

const label = (variant: BulkVariant) => `"${[variant.product_title, variant.title].filter(Boolean).join(", ") || variant.sku || variant.id}"`

/**
 * Every row checked on its own (reference, quantity, channel), then per variant with the
 * duplicates merged and what the cart already holds (quantity rules, stock). The valid rows
 * become one add per variant; in all-or-nothing mode one refused row leaves nothing to add.
 */
export function planBulkAdd(lines: BulkLineInput[], facts: BulkFacts, mode: BulkMode = "valid_only"): BulkPlan {
  const rows: BulkRowReport[] = []
  const accepted = new Map<string, { variant: BulkVariant; quantity: number; rows: BulkRowReport[] }>()

  lines.forEach((line, index) => {
    const sku = typeof line.sku === "string" && line.sku.trim() ? line.sku.trim() : null
    const variantId = typeof line.variant_id === "string" && line.variant_id.trim() ? line.variant_id.trim() : null
    const row: BulkRowReport = { row: index + 1, sku, variant_id: variantId, quantity: line.quantity ?? null, status: "refused" }
    rows.push(row)
    const refuse = (code: keyof typeof MESSAGES) => Object.assign(row, { code, message: MESSAGES[code] })
    const variant = variantId ? facts.byId.get(variantId) : sku ? facts.bySku.get(normalizeSku(sku)) : undefined
    if (variant) Object.assign(row, { variant_id: variant.id, sku: variant.sku ?? sku, product_title: variant.product_title ?? undefined, variant_title: variant.title ?? undefined })
    const quantity = parseQuantity(line.quantity)
    if (!sku && !variantId) return refuse("missing_reference")
    if (!variant) return refuse("unknown_sku")
    if (!variant.sellable) return refuse("not_in_channel")
    if (quantity === null) return refuse("invalid_quantity")
    row.quantity = quantity
    const group = accepted.get(variant.id) ?? { variant, quantity: 0, rows: [] }
    group.quantity += quantity
    group.rows.push(row)
    accepted.set(variant.id, group)
  })

  const items: BulkPlan["items"] = []
  for (const { variant, quantity, rows: groupRows } of accepted.values()) {
    const after = (facts.held.get(variant.id) ?? 0) + quantity
    const ruleProblem = quantityRuleViolation(facts.rules.get(variant.id), after, label(variant))
    const stockProblem =
      variant.available !== null && after > variant.available
        ? `${label(variant)}: ${Math.max(variant.available, 0)} available, the cart would hold ${after}`
        : null
    const problem: [BulkRefusalCode, string] | null = ruleProblem ? ["quantity_rule", ruleProblem] : stockProblem ? ["out_of_stock", stockProblem] : null
    for (const row of groupRows) Object.assign(row, problem ? { status: "refused", code: problem[0], message: problem[1] } : { status: "added" })
    if (!problem) items.push({ variant_id: variant.id, quantity })
  }

  const applied = items.length > 0 && (mode === "valid_only" || rows.every((r) => r.status === "added"))
  if (!applied) {
    for (const row of rows) if (row.status === "added") Object.assign(row, { status: "refused", code: "not_applied", message: MESSAGES.not_applied })
  }
  return { rows, items: applied ? items : [], applied }
}
