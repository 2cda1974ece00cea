import { Link, useSearchParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { CategoryFilter } from "../components/CategoryFilter"
import { Pagination } from "../components/Pagination"
import { ProductGrid } from "../components/ProductGrid"
import { listProducts, loadCategories } from "../lib/catalog"
import { freshOnly } from "../lib/fresh-state"
import { usePageTitle } from "../lib/page-title"
import { useRegion } from "../region/region-context"

const PAGE_SIZE = 12

export function ProductListPage() {
  const { region } = useRegion()
  const [params] = useSearchParams()
  const search = params.get("q")?.trim() ?? ""
  const categoryId = params.get("category") ?? ""
  const page = Math.max(1, Math.floor(Number(params.get("page"))) || 1)

  const categories = useAsync(loadCategories, [])
  const results = freshOnly(useAsync(
    () => listProducts({ regionId: region.id, search, categoryId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    [region.id, search, categoryId, page]
  ))

  const activeCategory = categories.data?.find((category) => category.id === categoryId)
  const heading = search ? `Results for “${search}”` : activeCategory?.name ?? "All products"
  usePageTitle(heading)

  return (
    <div className="listing-layout">
      <aside className="listing-sidebar">
        <Async state={categories}>
          {(list) => <CategoryFilter categories={list} activeCategoryId={categoryId} search={search} />}
        </Async>
      </aside>
      <section className="stack listing-results">
        <div className="section-head">
          <h1>{heading}</h1>
          {results.data && <span className="muted" data-testid="result-count">{results.data.count} products</span>}
        </div>
        {search && activeCategory && <p className="muted">Showing matches in {activeCategory.name}.</p>}
        <Async state={results}>
          {({ products, count }) =>
            products.length === 0 ? (
              <div className="empty-state card" data-testid="empty-state">
                <h2>No products found</h2>
                <p className="muted">Try another search term or browse all products.</p>
                <Link to="/products" className="button secondary">Show all products</Link>
              </div>
            ) : (
              <>
                <ProductGrid products={products} />
                <Pagination page={page} pageCount={Math.ceil(count / PAGE_SIZE)} />
              </>
            )
          }
        </Async>
      </section>
    </div>
  )
}
