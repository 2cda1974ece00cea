import { Link } from "react-router"
import { useCustomer } from "../account/customer-context"
import { useCart } from "../cart/cart-context"
import { CupMark } from "./BrandArt"
import { CategoryNav } from "./CategoryNav"
import { RegionSwitcher } from "./RegionSwitcher"
import { SearchBox } from "./SearchBox"

export function Header() {
  const { itemCount } = useCart()
  const { customer } = useCustomer()

  return (
    <header className="site-header">
      <div className="container header-bar">
        <Link to="/" className="logo" aria-label="Bean & Leaf home">
          <CupMark /> Bean &amp; Leaf
        </Link>
        <SearchBox />
        <RegionSwitcher />
        <div className="header-actions">
          <Link to="/account" className="header-link" data-testid="account-link">
            {customer ? `Hi, ${customer.first_name || "there"}` : "Account"}
          </Link>
          <Link to="/cart" className="header-link cart-link" data-testid="cart-link" aria-label={`Cart, ${itemCount} items`}>
            Cart <span className="cart-count" data-testid="cart-count">{itemCount}</span>
          </Link>
        </div>
      </div>
      <CategoryNav />
    </header>
  )
}
