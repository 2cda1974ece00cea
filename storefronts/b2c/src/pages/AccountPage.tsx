import { useEffect, useRef } from "react"
import { useLocation, useNavigate } from "react-router"
import { Loading } from "@storefronts/shared"
import { useCustomer } from "../account/customer-context"
import { AccountOverview } from "../components/account/AccountOverview"
import { LoginForm } from "../components/account/LoginForm"
import { RegisterForm } from "../components/account/RegisterForm"
import { usePageTitle } from "../lib/page-title"
import { useWishList } from "../wish-list/wish-list-context"
import { WishListSignIn, wishListSignInOf } from "../wish-list/sign-in"

export function AccountPage() {
  usePageTitle("My account")
  const { customer, checking } = useCustomer()
  const wishListSignIn = wishListSignInOf(useLocation().state)

  if (checking) return <Loading label="Checking your session…" />
  if (customer && wishListSignIn) return <BackToWishList request={wishListSignIn} />
  if (customer) return <AccountOverview customer={customer} />
  return (
    <div className="stack">
      <h1>My account</h1>
      {wishListSignIn && (
        <p className="notice" role="status" data-testid="wish-list-sign-in-reason">
          Sign in or create an account to keep a wish list. We will save your pick and take you back.
        </p>
      )}
      <div className="auth-grid">
        <LoginForm />
        <RegisterForm />
      </div>
    </div>
  )
}

/**
 * Signed in after hearting something as a guest: save what was hearted (unless the list already
 * holds it, where saving again would only add to its quantity), then back to where it was hearted.
 */
function BackToWishList({ request }: { request: WishListSignIn }) {
  const { loading, itemsFor, save } = useWishList()
  const navigate = useNavigate()
  const started = useRef(false)

  useEffect(() => {
    if (loading || started.current) return
    started.current = true
    const variantId = request.saveVariantId
    const saving = variantId && itemsFor([variantId]).length === 0 ? save(variantId) : Promise.resolve()
    saving
      // The heart on the page they return to shows whether it worked; they can click it again.
      .catch((err: unknown) => console.warn("Could not save the hearted item after signing in", err))
      .finally(() => navigate(request.returnTo, { replace: true }))
  }, [loading, itemsFor, save, navigate, request])

  return <Loading label={request.saveVariantId ? "Saving to your wish list…" : "Signed in, taking you back…"} />
}
