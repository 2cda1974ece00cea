import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react"
import { errorMessage } from "@storefronts/shared"
import type { BulkAddResult } from "../../../../src/lib/bulk-order/contract"
import type { ShoppingListItemView, WishListView } from "../../../../src/lib/shopping-lists/contract"
import { useCustomer } from "../account/customer-context"
import { useCart } from "../cart/cart-context"
import { useRegion } from "../region/region-context"
import { fetchWishList, moveWishListToCart, needsSignIn, removeFromWishList, saveToWishList, updateWishListItem } from "./wish-list-api"

type WishListContextValue = {
  /** The logged-in customer's list, priced in the current region; null for guests and until it is loaded. */
  wishList: WishListView | null
  loading: boolean
  /** Why the list could not be loaded (not for a missing session: see `signInNeeded`). */
  error: string | null
  /** Nobody is logged in (a session the backend no longer accepts is logged out). */
  signInNeeded: boolean
  itemCount: number
  /** The list's items for these variants (a product card asks with all of its product's variants). */
  itemsFor: (variantIds: readonly string[]) => ShoppingListItemView[]
  save: (variantId: string) => Promise<void>
  remove: (itemIds: readonly string[]) => Promise<void>
  setQuantity: (itemId: string, quantity: number) => Promise<void>
  /** All items (or the chosen ones) into the cart; answers the backend's report, one row per item. */
  moveToCart: (itemIds?: string[]) => Promise<BulkAddResult>
  reload: () => void
}

const WishListContext = createContext<WishListContextValue | null>(null)

/** A list as it was answered for one customer: a late answer never shows under another login. */
type Owned = { owner: string; list: WishListView }

/**
 * Loads the logged-in customer's wish list once (again when the region or the login changes) and
 * keeps it for every heart and the wish-list page. Requests run one after the other, so the list
 * shown is always the latest answer, even after quick clicks on several hearts.
 */
export function WishListProvider({ children }: { children: ReactNode }) {
  const { customer, checking, logout } = useCustomer()
  const { region } = useRegion()
  const { fillCart } = useCart()
  const customerId = customer?.id ?? null
  const latestCustomer = useRef(customerId)
  latestCustomer.current = customerId

  const [owned, setOwned] = useState<Owned | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task)
    queue.current = run.catch(() => undefined)
    return run
  }, [])

  /** The backend answered 401: the session expired, so the shop logs out and asks to sign in again. */
  const dropSession = useCallback(() => {
    logout().catch((err: unknown) => console.warn("Could not log out after an expired session", err))
  }, [logout])

  useEffect(() => {
    if (checking || !customerId) return
    let current = true
    setError(null)
    enqueue(() => fetchWishList(region.id)).then(
      (list) => current && setOwned({ owner: customerId, list }),
      (err: unknown) => {
        if (!current) return
        if (needsSignIn(err)) dropSession()
        else setError(errorMessage(err))
      }
    )
    return () => {
      current = false
    }
  }, [checking, customerId, region.id, generation, enqueue, dropSession])

  /** One change; its answer (the whole list) replaces the list shown. */
  const change = useCallback(
    async (task: () => Promise<WishListView>) => {
      const owner = latestCustomer.current
      if (!owner) throw Object.assign(new Error("Sign in to keep a wish list."), { status: 401 })
      try {
        const list = await enqueue(task)
        setOwned({ owner, list })
        setError(null)
      } catch (err) {
        if (needsSignIn(err)) dropSession()
        throw err
      }
    },
    [enqueue, dropSession]
  )

  const save = useCallback((variantId: string) => change(() => saveToWishList(region.id, variantId)), [change, region.id])

  const remove = useCallback(
    (itemIds: readonly string[]) =>
      change(async () => {
        let list: WishListView | null = null
        for (const itemId of itemIds) list = await removeFromWishList(region.id, itemId)
        return list ?? fetchWishList(region.id)
      }),
    [change, region.id]
  )

  const setQuantity = useCallback(
    (itemId: string, quantity: number) => change(() => updateWishListItem(region.id, itemId, quantity)),
    [change, region.id]
  )

  const moveToCart = useCallback(
    async (itemIds?: string[]) => {
      let report: BulkAddResult | undefined
      await change(async () => {
        const answer = await fillCart((cartId) => moveWishListToCart(region.id, cartId, itemIds))
        report = answer.bulk
        return answer.wish_list
      })
      return report!
    },
    [change, fillCart, region.id]
  )

  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  const wishList = customerId && owned?.owner === customerId ? owned.list : null
  const signInNeeded = !checking && !customerId
  const loading = checking || (!signInNeeded && wishList === null && error === null)

  const itemsFor = useCallback(
    (variantIds: readonly string[]) => (wishList?.items ?? []).filter((item) => variantIds.includes(item.variant_id)),
    [wishList]
  )

  const value = useMemo<WishListContextValue>(
    () => ({ wishList, loading, error, signInNeeded, itemCount: wishList?.items.length ?? 0, itemsFor, save, remove, setQuantity, moveToCart, reload }),
    [wishList, loading, error, signInNeeded, itemsFor, save, remove, setQuantity, moveToCart, reload]
  )
  return <WishListContext.Provider value={value}>{children}</WishListContext.Provider>
}

export function useWishList(): WishListContextValue {
  const value = useContext(WishListContext)
  if (!value) throw new Error("useWishList must be used inside <WishListProvider>")
  return value
}
