import { useEffect, useState } from "react"
import { Async, useAsync } from "@storefronts/shared"
import { useListPicker } from "../components/AddToList"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { ProductCard } from "../components/ProductCard"
import { listCatalog } from "../lib/catalog"
import { usePageTitle } from "../lib/page-title"
import { regionForCurrency } from "../lib/region"
import { useUnitSession } from "../session/session-context"

// Large enough for a wholesale range on one page; buyers scan and search rather than page.
const PAGE_SIZE = 48

export function CatalogPage() {
  usePageTitle("Catalog")
  const { activeUnit, can, unitHeaders } = useUnitSession()
  const [search, setSearch] = useState("")
  const [query, setQuery] = useState("")
  const [offset, setOffset] = useState(0)

  // Search as the buyer types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(search.trim())
      setOffset(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const catalog = useAsync(async () => {
    const region = await regionForCurrency(activeUnit.currency_code)
    return listCatalog({ regionId: region.id, q: query, limit: PAGE_SIZE, offset }, unitHeaders())
  }, [activeUnit.currency_code, query, offset, unitHeaders])

  const canOrder = can("carts.update_own")
  const listPicker = useListPicker()
  return (
    <div className="stack">
      <PageHeader
        title="Catalog"
        subtitle={`Prices for ${activeUnit.name}, excluding shipping.`}
        actions={
          <input
            type="search"
            className="search-input"
            placeholder="Search products or SKUs…"
            aria-label="Search the catalog"
            name="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        }
      />
      {!canOrder && <p className="notice">Your role can browse the catalog but not order.</p>}
      <Async state={catalog}>
        {({ products, count }) =>
          products.length === 0 ? (
            <EmptyState title={query ? `Nothing matches “${query}”` : "The catalog is empty"}>
              <p className="muted">{query ? "Try another word or a SKU." : "No products are sold on the wholesale channel yet."}</p>
            </EmptyState>
          ) : (
            <>
              <div className="product-grid">
                {products.map((product) => (
                  <ProductCard key={product.id} product={product} canOrder={canOrder} listPicker={listPicker} />
                ))}
              </div>
              {count > PAGE_SIZE && (
                <div className="row pagination">
                  <button className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>Previous</button>
                  <span className="muted">
                    {offset + 1}–{Math.min(offset + PAGE_SIZE, count)} of {count}
                  </span>
                  <button className="secondary" disabled={offset + PAGE_SIZE >= count} onClick={() => setOffset(offset + PAGE_SIZE)}>Next</button>
                </div>
              )}
            </>
          )
        }
      </Async>
    </div>
  )
}
