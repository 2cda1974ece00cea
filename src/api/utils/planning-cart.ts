import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const FIELDS = [
  "id", "customer_id", "completed_at", "currency_code", "total", "shipping_total",
  "shipping_methods.shipping_option_id", "business_unit.id",
  "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.title", "items.product_title", "items.variant_title", "items.variant_sku",
]

/**
 * A business cart whose deliveries are being planned: open, of a business unit. The caller's
 * access to it is checked before (guardCart); a cart of no unit has no delivery terms.
 */
export async function planningCart(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: FIELDS, filters: { id: cartId } })
  const cart = data[0] as any
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  if (!cart.business_unit?.id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Delivery terms belong to business carts: this cart is not a business unit's cart")
  }
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is already ordered")
  return cart as { id: string; customer_id: string; currency_code: string; total: number; shipping_total: number; shipping_methods: any[]; business_unit: { id: string }; items: any[] }
}
