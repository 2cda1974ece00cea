import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react"
import { regionForCurrency } from "../lib/region"
import { sdk } from "../sdk"
import { useUnitSession } from "../session/session-context"
import { Cart } from "../types"
import { clearStoredCartId, readStoredCartId, storeCartId } from "./cart-storage"

type CartUpdate = Parameters<typeof sdk.store.cart.update>[1]

/** Medusa's default cart fields plus line totals and the payment sessions (checkout resumes from them). */
export const CART_QUERY = {
  fields: "+items.total,+items.subtotal,+payment_collection.id,+payment_collection.payment_sessions.id,+payment_collection.payment_sessions.provider_id,+payment_collection.payment_sessions.status",
}

type CartContextValue = {
  /** null until something is added (carts are created lazily, not on every visit). */
  cart: Cart | null
  /** True while the unit's remembered cart is being fetched. */
  restoring: boolean
  lineCount: number
  /** The unit's cart, created when there is none yet (bulk adds and reorders name it). */
  ensureCart: () => Promise<Cart>
  addItem: (variantId: string, quantity: number) => Promise<Cart>
  setLineQuantity: (lineId: string, quantity: number) => Promise<void>
  removeLine: (lineId: string) => Promise<void>
  updateCart: (update: CartUpdate) => Promise<Cart>
  /** Fetch the cart again (after checkout steps that change it on the server). */
  refreshCart: () => Promise<Cart | null>
  replaceCart: (cart: Cart) => void
  /** Drop the cart, once it became an order or a quote; the next add starts a fresh one. */
  forgetCart: () => void
}

const CartContext = createContext<CartContextValue | null>(null)

/**
 * The active unit's cart. The provider is mounted per unit (keyed by the unit id), so switching
 * units swaps to that unit's cart. Every cart request carries the unit header.
 */
export function CartProvider({ children }: { children: ReactNode }) {
  const { activeUnit, customer, unitHeaders } = useUnitSession()
  const unitId = activeUnit.id
  const [cart, setCart] = useState<Cart | null>(null)
  const [restoring, setRestoring] = useState(() => readStoredCartId(unitId) !== null)
  // Async actions read the latest cart from here, not from a render's stale closure.
  const cartRef = useRef<Cart | null>(null)
  const creatingCart = useRef<Promise<Cart> | null>(null)
  // Bumped when the cart is dropped: answers to requests sent before that (a PO save still on
  // its way when the cart became a quote) must not bring the old cart back.
  const generation = useRef(0)

  const commit = useCallback((next: Cart | null) => {
    cartRef.current = next
    setCart(next)
  }, [])

  /** Adopts a request's answer only if the cart was not dropped while it was on its way. */
  const commitFrom = useCallback(
    (startedIn: number, next: Cart) => {
      if (generation.current === startedIn) commit(next)
    },
    [commit]
  )

  useEffect(() => {
    const storedId = readStoredCartId(unitId)
    if (!storedId) return
    let current = true
    sdk.store.cart
      .retrieve(storedId, CART_QUERY, unitHeaders())
      .then(
        ({ cart: stored }) => {
          if (!current) return
          // A completed cart is an order now; a colleague's cart (someone else used this browser)
          // must not become this buyer's cart: both start over with a fresh cart on next add.
          if (stored.completed_at || stored.customer_id !== customer.id) clearStoredCartId(unitId)
          else commit(stored)
        },
        () => current && clearStoredCartId(unitId)
      )
      .finally(() => current && setRestoring(false))
    return () => {
      current = false
    }
  }, [unitId, customer.id, unitHeaders, commit])

  const ensureCart = useCallback(async (): Promise<Cart> => {
    if (cartRef.current) return cartRef.current
    // Two quick clicks (or a quick order of many rows) must not create two carts.
    creatingCart.current ??= (async () => {
      const region = await regionForCurrency(activeUnit.currency_code)
      const { cart: created } = await sdk.store.cart.create({ region_id: region.id }, CART_QUERY, unitHeaders())
      storeCartId(unitId, created.id)
      commit(created)
      return created
    })().finally(() => {
      creatingCart.current = null
    })
    return creatingCart.current
  }, [activeUnit.currency_code, unitId, unitHeaders, commit])

  const addItem = useCallback(
    async (variantId: string, quantity: number) => {
      const startedIn = generation.current
      const target = await ensureCart()
      const { cart: updated } = await sdk.store.cart.createLineItem(target.id, { variant_id: variantId, quantity }, CART_QUERY, unitHeaders())
      commitFrom(startedIn, updated)
      return updated
    },
    [ensureCart, unitHeaders, commitFrom]
  )

  const setLineQuantity = useCallback(
    async (lineId: string, quantity: number) => {
      const current = cartRef.current
      if (!current) return
      const startedIn = generation.current
      const { cart: updated } = await sdk.store.cart.updateLineItem(current.id, lineId, { quantity }, CART_QUERY, unitHeaders())
      commitFrom(startedIn, updated)
    },
    [unitHeaders, commitFrom]
  )

  const removeLine = useCallback(
    async (lineId: string) => {
      const current = cartRef.current
      if (!current) return
      const startedIn = generation.current
      const { parent } = await sdk.store.cart.deleteLineItem(current.id, lineId, CART_QUERY, unitHeaders())
      if (parent) commitFrom(startedIn, parent)
    },
    [unitHeaders, commitFrom]
  )

  const updateCart = useCallback(
    async (update: CartUpdate) => {
      const startedIn = generation.current
      const target = await ensureCart()
      const { cart: updated } = await sdk.store.cart.update(target.id, update, CART_QUERY, unitHeaders())
      commitFrom(startedIn, updated)
      return updated
    },
    [ensureCart, unitHeaders, commitFrom]
  )

  const refreshCart = useCallback(async () => {
    const current = cartRef.current
    if (!current) return null
    const startedIn = generation.current
    const { cart: fresh } = await sdk.store.cart.retrieve(current.id, CART_QUERY, unitHeaders())
    commitFrom(startedIn, fresh)
    return fresh
  }, [unitHeaders, commitFrom])

  const forgetCart = useCallback(() => {
    generation.current += 1
    clearStoredCartId(unitId)
    commit(null)
  }, [unitId, commit])

  const lineCount = cart?.items?.length ?? 0

  const value = useMemo<CartContextValue>(
    () => ({ cart, restoring, lineCount, ensureCart, addItem, setLineQuantity, removeLine, updateCart, refreshCart, replaceCart: commit, forgetCart }),
    [cart, restoring, lineCount, ensureCart, addItem, setLineQuantity, removeLine, updateCart, refreshCart, commit, forgetCart]
  )
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>
}

export function useCart(): CartContextValue {
  const value = useContext(CartContext)
  if (!value) throw new Error("useCart must be used inside <CartProvider>")
  return value
}
