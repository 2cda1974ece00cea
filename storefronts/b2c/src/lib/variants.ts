import { Product, ProductVariant } from "../types"

/** Below this many units the product page warns "Only N left" to nudge the buyer. */
export const LOW_STOCK_THRESHOLD = 10

export function variantPrice(variant: ProductVariant | undefined): number | null {
  const amount = variant?.calculated_price?.calculated_amount
  return typeof amount === "number" ? amount : null
}

export function variantCurrency(variant: ProductVariant | undefined, fallback: string): string {
  return variant?.calculated_price?.currency_code ?? fallback
}

/** The cheapest variant price and whether others cost more, for "From €8.50" on product cards. */
export function productPriceRange(product: Product): { lowest: number; varies: boolean } | null {
  const prices = (product.variants ?? []).map(variantPrice).filter((price): price is number => price !== null)
  if (!prices.length) return null
  const lowest = Math.min(...prices)
  return { lowest, varies: prices.some((price) => price !== lowest) }
}

export type Availability = { status: "in_stock" | "low_stock" | "out_of_stock"; label: string; purchasableQuantity: number | null }

/**
 * What the buyer may order of a variant. Variants that do not track stock, or that may be
 * backordered, can always be bought, so they read "In stock" with no quantity cap.
 */
export function variantAvailability(variant: ProductVariant | undefined): Availability {
  if (!variant) return { status: "out_of_stock", label: "Out of stock", purchasableQuantity: 0 }
  if (variant.manage_inventory === false || variant.allow_backorder) {
    return { status: "in_stock", label: "In stock", purchasableQuantity: null }
  }
  return stockAvailability(variant.availability ?? 0)
}

/** The same reading for a known number of units available; null means stock is not tracked (always available). */
export function stockAvailability(available: number | null): Availability {
  if (available === null) return { status: "in_stock", label: "In stock", purchasableQuantity: null }
  const quantity = Math.max(0, available)
  if (quantity === 0) return { status: "out_of_stock", label: "Out of stock", purchasableQuantity: 0 }
  if (quantity <= LOW_STOCK_THRESHOLD) return { status: "low_stock", label: `Only ${quantity} left`, purchasableQuantity: quantity }
  return { status: "in_stock", label: "In stock", purchasableQuantity: quantity }
}
