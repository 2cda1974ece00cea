/**
 * What the demo shop sold in its last three months, as data: who ordered what, how many days
 * before the seed ran, and how each net-terms invoice was settled. Acme's orders stay under 500
 * EUR (its approval rule) and its open invoices far under its 10,000 EUR credit limit, and the
 * Berlin buyer has no order this month, so the README's walkthrough still finds her budget free.
 */
export type HistoryLine = { sku: string; quantity: number }

export type HistoryAddress = { first_name: string; last_name: string; address_1: string; city: string; postal_code: string; country_code: string }

export type RetailShopper = { email: string; first_name: string; last_name: string; address: Omit<HistoryAddress, "first_name" | "last_name"> }

/** The share of the invoice total paid, and how many days after issue. */
export type Settlement = { paid_share: number; paid_after_days: number } | null

export type RetailOrderPlan = { days_ago: number; shopper: string; lines: HistoryLine[] }

export type WholesaleUnit = "acme" | "acmeBerlin" | "globex"

export type WholesaleOrderPlan = {
  days_ago: number
  unit: WholesaleUnit
  buyer: string
  po_number: string
  lines: HistoryLine[]
  /** Only units on net terms (Acme) get invoices; null leaves the invoice unpaid. */
  settlement?: Settlement
}

/** The demo shopper (an account) and three guests who ordered without one. */
export const RETAIL_SHOPPERS: RetailShopper[] = [
  { email: "shopper@example.com", first_name: "Sam", last_name: "Shopper", address: { address_1: "Leopoldstraße 12", city: "München", postal_code: "80802", country_code: "de" } },
  { email: "lena.weber@example.com", first_name: "Lena", last_name: "Weber", address: { address_1: "Schanzenstraße 40", city: "Hamburg", postal_code: "20357", country_code: "de" } },
  { email: "tom.martin@example.com", first_name: "Tom", last_name: "Martin", address: { address_1: "12 Rue Oberkampf", city: "Paris", postal_code: "75011", country_code: "fr" } },
  { email: "sofia.rossi@example.com", first_name: "Sofia", last_name: "Rossi", address: { address_1: "Via Tortona 27", city: "Milano", postal_code: "20144", country_code: "it" } },
]

const RETAIL_BASKETS: HistoryLine[][] = [
  [{ sku: "COF-ESP-250", quantity: 2 }, { sku: "CUP-MUG-SAND", quantity: 2 }],
  [{ sku: "GEAR-GRIND-HOME", quantity: 1 }, { sku: "COF-ETH-250", quantity: 1 }],
  [{ sku: "TEA-EG-100", quantity: 3 }, { sku: "TEA-HERB-BOX", quantity: 1 }],
  [{ sku: "GEAR-ESP-KIT", quantity: 1 }, { sku: "COF-ESP-1000", quantity: 1 }],
  [{ sku: "COF-CAP-30", quantity: 4 }],
  [{ sku: "GEAR-DRIP-WHT", quantity: 1 }, { sku: "COF-FIL-3PK", quantity: 1 }],
  [{ sku: "CUP-GIFT-4", quantity: 1 }, { sku: "TEA-CHAI-250", quantity: 2 }],
  [{ sku: "GEAR-KETTLE", quantity: 1 }, { sku: "COF-DEC-250", quantity: 2 }],
]

/** Sixteen consumer orders, one every five to six days, the shoppers and baskets taking turns. */
export const RETAIL_ORDERS: RetailOrderPlan[] = Array.from({ length: 16 }, (_, i) => ({
  days_ago: 88 - Math.round(i * 5.6),
  shopper: RETAIL_SHOPPERS[i % RETAIL_SHOPPERS.length].email,
  lines: RETAIL_BASKETS[(i + 2) % RETAIL_BASKETS.length],
}))

const ACME_ADMIN = "acme-admin@example.com"
const BERLIN_BUYER = "acme-buyer@example.com"
const GLOBEX_BUYER = "globex-buyer@example.com"

const BEANS_AND_OAT: HistoryLine[] = [{ sku: "COF-ESP-CASE6", quantity: 2 }, { sku: "SUP-OAT-1L", quantity: 24 }]
const TEA_AND_CUPS: HistoryLine[] = [{ sku: "TEA-EG-CASE10", quantity: 1 }, { sku: "CUP-TA12-1000", quantity: 2 }]
const BAR_RESTOCK: HistoryLine[] = [{ sku: "COF-ESP-CASE6", quantity: 1 }, { sku: "CUP-LID-1000", quantity: 2 }, { sku: "SUP-SYR-VAN", quantity: 6 }]
const FILTER_DAY: HistoryLine[] = [{ sku: "GEAR-FILT-5000", quantity: 1 }, { sku: "COF-ESP-CASE6", quantity: 2 }]
const TAKEAWAY: HistoryLine[] = [{ sku: "SUP-OAT-1L", quantity: 48 }, { sku: "SUP-STIR-10K", quantity: 1 }, { sku: "CUP-TA12-1000", quantity: 2 }]

const paid = (after: number): Settlement => ({ paid_share: 1, paid_after_days: after })

/**
 * Acme's fourteen invoices (Net 30): paid ones, two overdue (one of them partly paid), one
 * partially paid and not yet due, three open.
 */
const ACME_ORDERS: WholesaleOrderPlan[] = [
  { days_ago: 86, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1001", lines: BEANS_AND_OAT, settlement: paid(24) },
  { days_ago: 80, unit: "acmeBerlin", buyer: BERLIN_BUYER, po_number: "PO-BER-2001", lines: BAR_RESTOCK, settlement: paid(27) },
  { days_ago: 73, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1002", lines: TEA_AND_CUPS, settlement: paid(21) },
  { days_ago: 67, unit: "acmeBerlin", buyer: BERLIN_BUYER, po_number: "PO-BER-2002", lines: TAKEAWAY, settlement: paid(29) },
  { days_ago: 60, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1003", lines: FILTER_DAY, settlement: paid(26) },
  { days_ago: 54, unit: "acmeBerlin", buyer: BERLIN_BUYER, po_number: "PO-BER-2003", lines: BEANS_AND_OAT, settlement: null },
  { days_ago: 47, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1004", lines: BAR_RESTOCK, settlement: paid(25) },
  { days_ago: 41, unit: "acmeBerlin", buyer: BERLIN_BUYER, po_number: "PO-BER-2004", lines: TEA_AND_CUPS, settlement: { paid_share: 0.4, paid_after_days: 28 } },
  { days_ago: 34, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1005", lines: TAKEAWAY, settlement: paid(22) },
  { days_ago: 27, unit: "acmeBerlin", buyer: ACME_ADMIN, po_number: "PO-BER-2005", lines: FILTER_DAY, settlement: { paid_share: 0.5, paid_after_days: 20 } },
  { days_ago: 20, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1006", lines: BEANS_AND_OAT, settlement: null },
  { days_ago: 13, unit: "acmeBerlin", buyer: ACME_ADMIN, po_number: "PO-BER-2006", lines: BAR_RESTOCK, settlement: paid(9) },
  { days_ago: 8, unit: "acme", buyer: ACME_ADMIN, po_number: "PO-ACME-1007", lines: TEA_AND_CUPS, settlement: null },
  { days_ago: 3, unit: "acmeBerlin", buyer: ACME_ADMIN, po_number: "PO-BER-2007", lines: TAKEAWAY, settlement: null },
]

const globex = (days_ago: number, po: number, lines: HistoryLine[]): WholesaleOrderPlan => ({ days_ago, unit: "globex", buyer: GLOBEX_BUYER, po_number: `GX-${po}`, lines })
const KITCHEN: HistoryLine[] = [{ sku: "COF-ESP-CASE6", quantity: 3 }, { sku: "TEA-BRK-1000", quantity: 2 }]
const COUNTER: HistoryLine[] = [{ sku: "CUP-TA12-1000", quantity: 4 }, { sku: "CUP-LID-1000", quantity: 4 }]
const SYRUPS: HistoryLine[] = [{ sku: "SUP-SYR-CASE6", quantity: 2 }, { sku: "SUP-OAT-1L", quantity: 6 }]

/** Globex has no terms: its orders were paid at checkout and have no invoice. */
const GLOBEX_ORDERS: WholesaleOrderPlan[] = [
  globex(83, 4101, KITCHEN),
  globex(69, 4102, COUNTER),
  globex(55, 4103, SYRUPS),
  globex(39, 4104, KITCHEN),
  globex(24, 4105, COUNTER),
  globex(10, 4106, SYRUPS),
]

export const WHOLESALE_ORDERS: WholesaleOrderPlan[] = [...ACME_ORDERS, ...GLOBEX_ORDERS]

/** Where each company's orders were delivered (Berlin's café is its unit's seeded address). */
export const UNIT_ADDRESSES: Record<WholesaleUnit, HistoryAddress> = {
  acme: { first_name: "Ada", last_name: "Admin", address_1: "Großer Burstah 18", city: "Hamburg", postal_code: "20457", country_code: "de" },
  acmeBerlin: { first_name: "Bea", last_name: "Buyer", address_1: "Torstraße 5", city: "Berlin", postal_code: "10119", country_code: "de" },
  globex: { first_name: "Gia", last_name: "Buyer", address_1: "Keizersgracht 120", city: "Amsterdam", postal_code: "1015 CW", country_code: "nl" },
}
