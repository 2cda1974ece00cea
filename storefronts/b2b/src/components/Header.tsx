import { useState } from "react"
import { NavLink, useNavigate } from "react-router"
import { errorMessage } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { useUnitSession } from "../session/session-context"
import { UnitSwitcher } from "./UnitSwitcher"

type NavItem = { to: string; label: string; visible: boolean; testId?: string }

export function Header() {
  const { customer, activeUnit, units, can, canAny, logout } = useUnitSession()
  const { lineCount } = useCart()
  const navigate = useNavigate()
  const [menuOpen, setMenuOpen] = useState(false)
  const [logoutError, setLogoutError] = useState<string | null>(null)

  // Links follow the permissions in the active unit; the backend refuses the rest anyway.
  const items: NavItem[] = [
    { to: "/", label: "Catalog", visible: true },
    { to: "/quick-order", label: "Quick order", visible: can("carts.update_own") },
    { to: "/lists", label: "Lists", visible: can("shopping_lists.view"), testId: "nav-lists" },
    { to: "/schedules", label: "Schedules", visible: can("recurring_orders.view"), testId: "nav-schedules" },
    { to: "/cart", label: lineCount ? `Cart (${lineCount})` : "Cart", visible: canAny("carts.view_own", "carts.update_own"), testId: "nav-cart" },
    { to: "/quotes", label: "Quotes", visible: canAny("quotes.view_own", "quotes.view_others") },
    { to: "/approvals", label: "Approvals", visible: true },
    { to: "/orders", label: "Orders", visible: canAny("orders.view_own", "orders.view_others") },
    { to: "/deliveries", label: "Deliveries", visible: canAny("orders.view_own", "orders.view_others"), testId: "nav-deliveries" },
    { to: "/invoices", label: "Invoices", visible: can("invoices.view") },
    { to: "/addresses", label: "Addresses", visible: true, testId: "nav-addresses" },
    { to: "/associates", label: "Associates", visible: can("associates.manage"), testId: "nav-associates" },
  ]

  async function onLogout() {
    try {
      await logout()
      navigate("/login")
    } catch (error) {
      setLogoutError(errorMessage(error))
    }
  }

  return (
    <header className="portal-header">
      <div className="portal-bar">
        <NavLink to="/" className="portal-brand">
          <span className="portal-logo" aria-hidden>B&amp;L</span>
          <span>
            <strong>Bean &amp; Leaf</strong>
            <small>Business portal</small>
          </span>
        </NavLink>
        <div className="portal-unit">
          <span className="portal-unit-label">Acting for</span>
          <strong data-testid="active-unit">{activeUnit.name}</strong>
          {activeUnit.kind === "division" && <small className="portal-unit-kind">division</small>}
          {units.length > 1 && <UnitSwitcher />}
        </div>
        <div className="portal-account">
          <span className="portal-email" title={activeUnit.my_roles.join(", ")}>{customer.email}</span>
          <button className="secondary small" data-testid="logout" onClick={() => void onLogout()}>Log out</button>
        </div>
        <button className="secondary small portal-menu-toggle" aria-expanded={menuOpen} onClick={() => setMenuOpen((open) => !open)}>
          Menu
        </button>
      </div>
      <nav className={menuOpen ? "portal-nav open" : "portal-nav"} aria-label="Portal">
        {items
          .filter((item) => item.visible)
          .map((item) => (
            <NavLink key={item.to} to={item.to} end={item.to === "/"} data-testid={item.testId} onClick={() => setMenuOpen(false)}>
              {item.label}
            </NavLink>
          ))}
      </nav>
      {logoutError && <p className="error portal-banner">{logoutError}</p>}
    </header>
  )
}
