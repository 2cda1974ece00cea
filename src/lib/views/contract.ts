import type { HttpTypes } from "@medusajs/types"
import type { CheckoutReadiness } from "../business-cart/policy"
import type { PaymentTerms } from "../net-terms/terms"
import type { PriceTier } from "../pricing/resolution"

/**
 * What the view routes answer (GET /store/views/*): one response per storefront page, declared
 * once here and imported by both storefronts. Prices, stock and rules are the ones the separate
 * routes answer; the views only gather them.
 */

export type QuantityRuleView = { variant_id: string; min_quantity: number | null; max_quantity: number | null; increment: number | null }

export type ViewVariant = HttpTypes.StoreProductVariant & {
  /** What the key's sales channel can still sell (null: stock not managed). */
  availability: number | null
  quantity_rule: QuantityRuleView | null
  /** Quantity breaks for the caller, from 1 upwards; empty when prices are hidden. */
  price_tiers: PriceTier[]
}

export type ViewProduct = Omit<HttpTypes.StoreProduct, "variants"> & { variants: ViewVariant[] }

/** The price context a view was answered for (and cached under). */
export type ViewPricing = { region_id: string; currency_code: string; prices_visible: boolean }

export type CatalogView = ViewPricing & {
  products: ViewProduct[]
  count: number
  limit: number
  offset: number
}

export type ListHoldingProduct = { id: string; name: string; kind: "wish_list" | "shopping_list"; variant_ids: string[] }

export type ProductView = ViewPricing & {
  product: ViewProduct
  /** Whether the caller may ask the merchant for a quote (an associate with quotes.request). */
  can_request_quote: boolean
  /** The caller's lists holding one of the product's variants (wish list, or the unit's lists). */
  lists: ListHoldingProduct[]
}

export type PaymentTermsView =
  | { enabled: false }
  | { enabled: true; terms: PaymentTerms; credit_limit: number; credit_available: number; currency_code: string }

export type CartView = {
  cart: HttpTypes.StoreCart
  /** Delivery options for the cart as it stands (with their prices), as GET /store/shipping-options answers. */
  shipping_options: HttpTypes.StoreCartShippingOption[]
  /** Countries the cart's region ships to. */
  countries: { iso_2: string; display_name: string }[]
  /** Business carts only: the readiness of GET /store/business/carts/:id/checkout and the unit's payment terms. */
  checkout: CheckoutReadiness | null
  payment_terms: PaymentTermsView | null
}

export type CatalogViewResponse = { catalog: CatalogView }
export type ProductViewResponse = { view: ProductView }
export type CartViewResponse = { view: CartView }
