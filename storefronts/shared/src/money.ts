/** Prices as buyers read them, in the cart's currency (Medusa v2 amounts are in major units). */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale = "en-IE"): string {
  if (amount === null || amount === undefined) return "–"
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(Number(amount))
}
