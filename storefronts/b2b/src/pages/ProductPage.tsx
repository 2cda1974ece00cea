import { Link, useParams } from "react-router"
import { Async, formatMoney, PriceTaxNote, useAsync } from "@storefronts/shared"
import type { ProductView } from "../../../../src/lib/views/contract"
import { useListPicker } from "../components/AddToList"
import { EmptyState } from "../components/EmptyState"
import { ProductImage } from "../components/ProductImage"
import { VariantRow } from "../components/VariantRow"
import { usePageTitle } from "../lib/page-title"
import { regionForCurrency } from "../lib/region"
import { views } from "../sdk"
import { useUnitSession } from "../session/session-context"
import { ProductVariant } from "../types"

/** A product in one request: prices and breaks for the company, stock, rules, and the unit's lists holding it. */
export function ProductPage() {
  const { handle = "" } = useParams()
  const { activeUnit, unitHeaders } = useUnitSession()
  const view = useAsync(async () => {
    const region = await regionForCurrency(activeUnit.currency_code)
    return views.product(handle, region.id, unitHeaders())
  }, [handle, activeUnit.currency_code, unitHeaders])
  usePageTitle(view.data === null ? "Product not found" : view.data?.product.title ?? "Product")

  return (
    <Async state={view}>
      {(found) =>
        found ? (
          <ProductDetails view={found} />
        ) : (
          <EmptyState title="Product not found" testId="not-found">
            <p className="muted">The wholesale catalog has no product at this address.</p>
            <Link to="/" className="button">Go to the catalog</Link>
          </EmptyState>
        )
      }
    </Async>
  )
}

function ProductDetails({ view }: { view: ProductView }) {
  const { can } = useUnitSession()
  const listPicker = useListPicker()
  const { product } = view
  return (
    <article className="stack" data-testid="product-page">
      <nav className="muted" aria-label="Breadcrumb"><Link to="/">Catalog</Link> / {product.title}</nav>
      <div className="card product-card">
        <div className="product-head">
          <ProductImage src={product.thumbnail} className="product-thumb" />
          <div>
            <h1>{product.title}</h1>
            {product.description && <p className="muted product-description">{product.description}</p>}
          </div>
        </div>
        <div className="variant-list">
          {product.variants.map((variant) => (
            <div key={variant.id} className="stack">
              <VariantRow variant={variant} canOrder={can("carts.update_own")} listPicker={listPicker} />
              <VariantFacts variant={variant} currency={view.currency_code} />
            </div>
          ))}
        </div>
      </div>
      {view.lists.length > 0 && (
        <p className="muted" data-testid="product-lists">
          On your lists:{" "}
          {view.lists.map((list, i) => (
            <span key={list.id}>
              {i > 0 && ", "}
              {list.kind === "shopping_list" ? <Link to={`/lists/${list.id}`}>{list.name}</Link> : list.name}
            </span>
          ))}
        </p>
      )}
      {view.can_request_quote && (
        <p className="muted" data-testid="quote-hint">
          Need a larger quantity or a special price? Add it to the cart and <Link to="/cart">request a quote</Link> for the basket.
        </p>
      )}
    </article>
  )
}

/** Stock on the wholesale channel and the price breaks the company gets for this SKU. */
function VariantFacts({ variant, currency }: { variant: ProductVariant; currency: string }) {
  const sku = variant.sku ?? variant.id
  const unlimited = variant.manage_inventory === false || variant.allow_backorder || variant.availability === null
  const stock = unlimited ? "Available" : variant.availability! > 0 ? `${variant.availability} in stock` : "Out of stock"
  return (
    <div className="variant-note">
      <span className="muted" data-testid={`stock-${sku}`}>{stock}</span>
      {variant.price_tiers.length > 1 && (
        <table className="price-tiers" data-testid={`tiers-${sku}`}>
          <thead>
            <tr><th>Quantity</th><th>Unit price <PriceTaxNote channel="wholesale" currency={currency} /></th></tr>
          </thead>
          <tbody>
            {variant.price_tiers.map((tier) => (
              <tr key={tier.min_quantity}>
                <td>{tier.max_quantity === null ? `${tier.min_quantity}+` : `${tier.min_quantity}–${tier.max_quantity}`}</td>
                <td>{formatMoney(tier.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
