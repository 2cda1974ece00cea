import { Link, useParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { ProductDetails } from "../components/ProductDetails"
import { freshOnly } from "../lib/fresh-state"
import { usePageTitle } from "../lib/page-title"
import { useRegion } from "../region/region-context"
import { views } from "../sdk"

export function ProductPage() {
  const { handle = "" } = useParams()
  const { region } = useRegion()
  const view = freshOnly(useAsync(() => views.product(handle, region.id), [handle, region.id]))
  usePageTitle(view.data === null ? "Product not found" : view.data?.product.title)

  return (
    <Async state={view}>
      {(found) => (found ? <ProductDetails key={found.product.id} product={found.product} /> : <ProductNotFound />)}
    </Async>
  )
}

/** Unknown handles, and products sold only to wholesale customers, look the same to shoppers. */
function ProductNotFound() {
  return (
    <div className="empty-state card" data-testid="not-found">
      <h1>Product not found</h1>
      <p className="muted">This product does not exist or is not available in our online shop.</p>
      <Link to="/products" className="button">Browse all products</Link>
    </div>
  )
}
