/**
 * Quantity rules of a variant on a channel: a minimum, a maximum and an increment (for example
 * cases of 12). Pure, so the refusal messages can be read and tested without a database.
 */
export type QuantityRule = {
  min_quantity?: number | null
  max_quantity?: number | null
  increment?: number | null
}

/** Why a line of `quantity` breaks the rule, naming the rule, or null when it is fine. */
export function quantityRuleViolation(rule: QuantityRule | null | undefined, quantity: number, label: string): string | null {
  if (!rule) return null
  const { min_quantity: min, max_quantity: max, increment } = rule
  if (min && quantity < min) {
    return `${label} has a minimum order quantity of ${min} (asked for ${quantity})`
  }
  if (max && quantity > max) {
    return `${label} has a maximum order quantity of ${max} (asked for ${quantity})`
  }
  if (increment && increment > 1) {
    const base = min && min > 0 ? min : 0
    if ((quantity - base) % increment !== 0) {
      const from = base ? ` from ${base}` : ""
      return `${label} is sold in multiples of ${increment}${from} (asked for ${quantity})`
    }
  }
  return null
}

/** A rule is coherent when its bounds are positive, ordered, and the increment fits between them. */
export function quantityRuleProblem(rule: QuantityRule): string | null {
  const { min_quantity: min, max_quantity: max, increment } = rule
  if (min != null && min < 1) return "min_quantity must be at least 1"
  if (max != null && max < 1) return "max_quantity must be at least 1"
  if (min != null && max != null && max < min) return "max_quantity must not be below min_quantity"
  if (increment != null && increment < 1) return "increment must be at least 1"
  if (min == null && max == null && (increment == null || increment === 1)) return "give at least one of min_quantity, max_quantity or an increment above 1"
  return null
}
