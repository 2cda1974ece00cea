import { Link } from "react-router"
import { Category } from "../types"

/** Category links for the listing; they keep the current search so shoppers can narrow it down. */
export function CategoryFilter({
  categories,
  activeCategoryId,
  search,
}: {
  categories: Category[]
  activeCategoryId: string
  search: string
}) {
  const link = (categoryId: string) => {
    const params = new URLSearchParams()
    if (search) params.set("q", search)
    if (categoryId) params.set("category", categoryId)
    const query = params.toString()
    return query ? `/products?${query}` : "/products"
  }

  return (
    <nav className="category-filter" aria-label="Filter by category" data-testid="category-filter">
      <h2 className="filter-heading">Categories</h2>
      <Link to={link("")} className={!activeCategoryId ? "active" : undefined} data-testid="category-link">
        All products
      </Link>
      {categories.map((category) => (
        <Link
          key={category.id}
          to={link(category.id)}
          className={activeCategoryId === category.id ? "active" : undefined}
          data-testid="category-link"
        >
          {category.name}
        </Link>
      ))}
    </nav>
  )
}
