/** The guest's cart survives reloads through its id; the cart itself always lives in the backend. */
const CART_ID_KEY = "b2c_cart_id"

export function readStoredCartId(): string | null {
  return localStorage.getItem(CART_ID_KEY)
}

export function storeCartId(cartId: string): void {
  localStorage.setItem(CART_ID_KEY, cartId)
}

export function clearStoredCartId(): void {
  localStorage.removeItem(CART_ID_KEY)
}
