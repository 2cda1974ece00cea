import { Link } from "react-router"
import { useCustomer } from "../account/customer-context"
import { useCart } from "../cart/cart-context"
import { useWishList } from "../wish-list/wish-list-context"
import { CupMark } from "./BrandArt"
import { CategoryNav } from "./CategoryNav"
import { RegionSwitcher } from "./RegionSwitcher"
import { SearchBox } from "./SearchBox"
import { HeartIcon } from "./WishListButton"

export function Header() {
  const { itemCount } = useCart()
  const { customer } = useCustomer()
  const { itemCount: wishCount } = useWishList()

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
          <Link
            to="/wish-list"
            className="header-link wish-list-link"
            data-testid="wish-list-link"
            aria-label={customer ? `Wish list, ${wishCount} ${wishCount === 1 ? "item" : "items"}` : "Wish list"}
          >
            <HeartIcon filled={wishCount > 0} size={18} />
            <span className="header-link-label">Wish list</span>
            {customer && <span className="wish-list-count" data-testid="wish-list-count">{wishCount}</span>}
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
