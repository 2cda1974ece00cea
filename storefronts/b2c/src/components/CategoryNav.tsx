import { Link, useLocation, useSearchParams } from "react-router"
import { useAsync } from "@storefronts/shared"
import { loadCategories } from "../lib/catalog"

/** Header navigation: the whole shop, then one link per top-level category. */
export function CategoryNav() {
  const categories = useAsync(loadCategories, [])
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const onListing = pathname === "/products"
  const activeCategory = onListing ? params.get("category") : null

  return (
    <nav className="category-nav" aria-label="Shop categories">
      <div className="container category-nav-inner">
        <Link to="/products" className={onListing && !activeCategory ? "active" : undefined}>
          Shop all
        </Link>
        {/* Categories are a convenience here: if they fail to load, "Shop all" still works. */}
        {(categories.data ?? []).map((category) => (
          <Link
            key={category.id}
            to={`/products?category=${category.id}`}
            className={activeCategory === category.id ? "active" : undefined}
          >
            {category.name}
          </Link>
        ))}
      </div>
    </nav>
  )
}
