import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react"
import { useRegion } from "../region/region-context"
import { sdk } from "../sdk"
import type { BulkAddResult } from "../../../../src/lib/bulk-order/contract"
import { Cart } from "../types"
import { clearStoredCartId, readStoredCartId, storeCartId } from "./cart-storage"

type CartContextValue = {
  /** null until the shopper adds something (carts are created lazily, not on every visit). */
  cart: Cart | null
  /** True while a cart remembered from an earlier visit is being fetched. */
  restoring: boolean
  itemCount: number
  addItem: (variantId: string, quantity: number) => Promise<void>
  setLineQuantity: (lineId: string, quantity: number) => Promise<void>
  removeLine: (lineId: string) => Promise<void>
  /** Adopt a cart returned by another call (checkout updates, shipping methods). */
  replaceCart: (cart: Cart) => void
  /** Drop the cart, e.g. once it became an order or the shopper logged out. */
  forgetCart: () => void
  /** Give the current guest cart to the customer who just logged in. */
  transferToCustomer: () => Promise<void>
  /** "Order again": a past order's lines into the cart; answers the backend's report per line. */
  reorder: (orderId: string) => Promise<BulkAddResult>
  /**
   * Lines added by another route (the wish list's "Move to cart"): `send` gets the cart's id (the
   * cart is created when there is none yet), then the cart is fetched again as the shop shows it.
   */
  fillCart: <T>(send: (cartId: string) => Promise<T>) => Promise<T>
}

const CartContext = createContext<CartContextValue | null>(null)

export function CartProvider({ children }: { children: ReactNode }) {
  const { region } = useRegion()
  const [cart, setCart] = useState<Cart | null>(null)
  const [restoring, setRestoring] = useState(() => readStoredCartId() !== null)
  // Async actions read the latest cart from here, not from a render's stale closure.
  const cartRef = useRef<Cart | null>(null)
  const creatingCart = useRef<Promise<Cart> | null>(null)

  const commit = useCallback((next: Cart | null) => {
    cartRef.current = next
    setCart(next)
  }, [])

  useEffect(() => {
    const storedId = readStoredCartId()
    if (!storedId) return
    let current = true
    sdk.store.cart
      .retrieve(storedId)
      .then(
        ({ cart: stored }) => {
          if (!current) return
          // A completed cart is an order now; the next add starts a fresh cart.
          if (stored.completed_at) clearStoredCartId()
          else commit(stored)
        },
        () => {
          // Deleted, expired or from another database: start over with a new cart on next add.
          if (current) clearStoredCartId()
        }
      )
      .finally(() => current && setRestoring(false))
    return () => {
      current = false
    }
  }, [commit])

  // Switching region re-prices the cart in the new currency.
  useEffect(() => {
    const current = cartRef.current
    if (!current || current.region_id === region.id) return
    sdk.store.cart.update(current.id, { region_id: region.id }).then(
      ({ cart: updated }) => commit(updated),
      (error: unknown) => console.warn("Could not move the cart to the new region", error)
    )
  }, [cart?.id, cart?.region_id, region.id, commit])

  const ensureCart = useCallback(async (): Promise<Cart> => {
    if (cartRef.current) return cartRef.current
    // Two quick clicks must not create two carts.
    creatingCart.current ??= sdk.store.cart
      .create({ region_id: region.id })
      .then(({ cart: created }) => {
        storeCartId(created.id)
        commit(created)
        return created
      })
      .finally(() => {
        creatingCart.current = null
      })
    return creatingCart.current
  }, [region.id, commit])

  const addItem = useCallback(
    async (variantId: string, quantity: number) => {
      const target = await ensureCart()
      const { cart: updated } = await sdk.store.cart.createLineItem(target.id, { variant_id: variantId, quantity })
      commit(updated)
    },
    [ensureCart, commit]
  )

  const setLineQuantity = useCallback(
    async (lineId: string, quantity: number) => {
      const current = cartRef.current
      if (!current) return
      const { cart: updated } = await sdk.store.cart.updateLineItem(current.id, lineId, { quantity })
      commit(updated)
    },
    [commit]
  )

  const removeLine = useCallback(
    async (lineId: string) => {
      const current = cartRef.current
      if (!current) return
      const { parent } = await sdk.store.cart.deleteLineItem(current.id, lineId)
      if (parent) commit(parent)
    },
    [commit]
  )

  const forgetCart = useCallback(() => {
    clearStoredCartId()
    commit(null)
  }, [commit])

  const transferToCustomer = useCallback(async () => {
    const current = cartRef.current
    if (!current) return
    try {
      const { cart: transferred } = await sdk.store.cart.transferCart(current.id)
      commit(transferred)
    } catch (error) {
      // The cart belongs to another account: do not carry it into this one.
      console.warn("Could not transfer the cart to the customer", error)
      forgetCart()
    }
  }, [commit, forgetCart])

  const fillCart = useCallback(
    async <T,>(send: (cartId: string) => Promise<T>): Promise<T> => {
      const target = await ensureCart()
      const answer = await send(target.id)
      // Such answers' carts carry totals and lines only: fetch it as the shop shows it.
      commit((await sdk.store.cart.retrieve(target.id)).cart)
      return answer
    },
    [ensureCart, commit]
  )

  const reorder = useCallback(
    async (orderId: string) =>
      (await fillCart((cartId) => sdk.client.fetch<{ bulk: BulkAddResult }>(`/store/orders/${orderId}/reorder`, { method: "POST", body: { cart_id: cartId } }))).bulk,
    [fillCart]
  )

  const itemCount = (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)

  const value = useMemo<CartContextValue>(
    () => ({ cart, restoring, itemCount, addItem, setLineQuantity, removeLine, replaceCart: commit, forgetCart, transferToCustomer, reorder, fillCart }),
    [cart, restoring, itemCount, addItem, setLineQuantity, removeLine, commit, forgetCart, transferToCustomer, reorder, fillCart]
  )
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>
}

export function useCart(): CartContextValue {
  const value = useContext(CartContext)
  if (!value) throw new Error("useCart must be used inside <CartProvider>")
  return value
}
