import { Navigate, useLocation } from "react-router"
import { ErrorBox, Loading } from "@storefronts/shared"
import { CartProvider } from "../cart/cart-context"
import { useSession } from "../session/session-context"
import { Layout } from "./Layout"

/**
 * Everything but /login: a logged-in customer acting in one of their business units. The cart
 * and every page below are mounted per unit (keyed by its id), so switching units starts the
 * screens over with that unit's data.
 */
export function RequireSession() {
  const { customer, checking, activeUnit, unitsError, reloadUnits, logout } = useSession()
  const location = useLocation()

  if (checking) return <div className="boot-screen"><Loading label="Opening the portal…" /></div>
  if (!customer) return <Navigate to="/login" replace state={{ from: location.pathname }} />
  if (unitsError) {
    return (
      <div className="boot-screen stack">
        <ErrorBox message={`Your business units could not be loaded: ${unitsError}`} />
        <div className="row">
          <button onClick={() => void reloadUnits()}>Try again</button>
          <button className="secondary" data-testid="logout" onClick={() => void logout()}>Log out</button>
        </div>
      </div>
    )
  }
  if (!activeUnit) {
    return (
      <div className="boot-screen card stack" data-testid="no-business">
        <h1>No business account</h1>
        <p className="muted">
          {customer.email} is not an associate of any business unit yet. Ask your company's administrator for an invite, or open the link of the invite you received to accept it.
        </p>
        <button className="secondary" data-testid="logout" onClick={() => void logout()}>Log out</button>
      </div>
    )
  }
  return (
    <CartProvider key={activeUnit.id}>
      <Layout />
    </CartProvider>
  )
}
