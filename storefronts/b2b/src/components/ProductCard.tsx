import { Link } from "react-router"
import { Product } from "../types"
import { ListPicker } from "./AddToList"
import { ProductImage } from "./ProductImage"
import { VariantRow } from "./VariantRow"

type Props = { product: Product; canOrder: boolean; listPicker?: ListPicker | null }

export function ProductCard({ product, canOrder, listPicker }: Props) {
  return (
    <article className="card product-card" data-testid="product-card">
      <div className="product-head">
        <ProductImage src={product.thumbnail} className="product-thumb" />
        <div>
          <h2><Link to={`/products/${product.handle}`} data-testid="product-link">{product.title}</Link></h2>
          {product.description && <p className="muted product-description">{product.description}</p>}
        </div>
      </div>
      <div className="variant-list">
        {(product.variants ?? []).map((variant) => (
          <VariantRow key={variant.id} variant={variant} canOrder={canOrder} listPicker={listPicker} />
        ))}
      </div>
    </article>
  )
}
