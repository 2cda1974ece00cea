/**
 * One cart per business unit: its id survives reloads under a unit-specific key, the cart itself
 * always lives in the backend (attached there to the unit and the associate).
 */
const cartKey = (unitId: string) => `b2b_cart_id:${unitId}`

export function readStoredCartId(unitId: string): string | null {
  return localStorage.getItem(cartKey(unitId))
}

export function storeCartId(unitId: string, cartId: string): void {
  localStorage.setItem(cartKey(unitId), cartId)
}

export function clearStoredCartId(unitId: string): void {
  localStorage.removeItem(cartKey(unitId))
}
