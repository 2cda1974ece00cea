/**
 * Spending budgets: an amount per period per associate. The period runs in UTC: a day from
 * midnight, a week from Monday, a month from the 1st, a quarter from January, April, July or
 * October 1st, a year from January 1st; "none" is a budget for all time.
 */
export const BUDGET_PERIODS = ["day", "week", "month", "quarter", "year", "none"] as const
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number]

export function periodStart(period: BudgetPeriod, now: Date): Date | null {
  const y = now.getUTCFullYear()
  const m = now.getUTCMonth()
  const d = now.getUTCDate()
  switch (period) {
    case "day":
      return new Date(Date.UTC(y, m, d))
    case "week": {
      const sinceMonday = (now.getUTCDay() + 6) % 7
      return new Date(Date.UTC(y, m, d - sinceMonday))
    }
    case "month":
      return new Date(Date.UTC(y, m, 1))
    case "quarter":
      return new Date(Date.UTC(y, m - (m % 3), 1))
    case "year":
      return new Date(Date.UTC(y, 0, 1))
    case "none":
      return null
  }
}

/** Whether this order would take the period's spending past the budget, and by how much. */
export function budgetExcess(budget: number, spentInPeriod: number, orderTotal: number): number {
  const excess = Math.round((spentInPeriod + orderTotal - budget) * 100) / 100
  return excess > 0 ? excess : 0
}

/**
 * Why a budget cannot be kept in this currency, or null. A budget only counts for orders in its
 * own currency (evaluateApproval), and the shop takes orders only in its supported currencies,
 * so a budget in any other one would silently never apply.
 */
export function budgetCurrencyRefusal(currencyCode: string, supportedCurrencies: string[]): string | null {
  const supported = supportedCurrencies.map((c) => c.toLowerCase())
  if (supported.includes(currencyCode.toLowerCase())) return null
  return `The shop takes no orders in ${currencyCode.toUpperCase()}: give the budget in ${supported.map((c) => c.toUpperCase()).join(" or ")}`
}
