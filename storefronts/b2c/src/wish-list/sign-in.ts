import { useCallback } from "react"
import { useLocation, useNavigate } from "react-router"

/**
 * A guest who hearts something is sent to the account page to sign in or register; afterwards the
 * account page saves what they hearted (`saveVariantId`) and brings them back to `returnTo`.
 */
export type WishListSignIn = { reason: "wish-list"; returnTo: string; saveVariantId?: string }

export function wishListSignInOf(state: unknown): WishListSignIn | null {
  const candidate = state as Partial<WishListSignIn> | null
  return candidate?.reason === "wish-list" && typeof candidate.returnTo === "string" ? (candidate as WishListSignIn) : null
}

export function useSignInForWishList() {
  const navigate = useNavigate()
  const { pathname, search } = useLocation()
  return useCallback(
    (saveVariantId?: string) => {
      const state: WishListSignIn = { reason: "wish-list", returnTo: `${pathname}${search}`, saveVariantId }
      navigate("/account", { state })
    },
    [navigate, pathname, search]
  )
}
