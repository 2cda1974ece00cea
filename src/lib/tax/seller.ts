/**
 * The seller as invoices must name it and as the tax treatment needs it (its country decides
 * domestic supply vs. reverse charge). Set by the environment; the defaults are the demo shop's.
 */
export type Seller = {
  legal_name: string
  address_lines: string[]
  /** ISO 3166-1 alpha-2, lower case. */
  country_code: string
  vat_id: string
}

export function sellerOf(env: Record<string, string | undefined> = process.env): Seller {
  return {
    legal_name: env.SELLER_LEGAL_NAME || "Bean & Leaf Supply GmbH",
    address_lines: (env.SELLER_ADDRESS || "Röststraße 12|10115 Berlin|Germany").split("|").map((l) => l.trim()).filter(Boolean),
    country_code: (env.SELLER_COUNTRY || "de").toLowerCase(),
    vat_id: env.SELLER_VAT_ID || "DE300000001",
  }
}
