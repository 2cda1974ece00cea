/**
 * Whether a channel shows prices to visitors who are not logged in. Kept in the sales
 * channel's metadata (`guest_prices`: "show" or "hide"; "show" when unset), so each
 * storefront's channel decides, for example a B2B portal that says "log in for prices".
 */
export const GUEST_PRICES_KEY = "guest_prices"

export function hidesPricesFromGuests(channel: { metadata?: Record<string, unknown> | null } | null | undefined): boolean {
  return channel?.metadata?.[GUEST_PRICES_KEY] === "hide"
}

/** The requested fields without the ones that would compute or reveal prices. */
export function withoutPriceFields(fields: string[]): string[] {
  return fields.filter((field) => !/(^|\.|\*)(calculated_price|prices)(\.|$)/.test(field))
}
