import { QuantityRule } from "../lib/catalog"
import { Product } from "../types"
import { ListPicker } from "./AddToList"
import { ProductImage } from "./ProductImage"
import { VariantRow } from "./VariantRow"

type Props = { product: Product; rules: Map<string, QuantityRule>; canOrder: boolean; listPicker?: ListPicker | null }

export function ProductCard({ product, rules, canOrder, listPicker }: Props) {
  return (
    <article className="card product-card" data-testid="product-card">
      <div className="product-head">
        <ProductImage src={product.thumbnail} className="product-thumb" />
        <div>
          <h2>{product.title}</h2>
          {product.description && <p className="muted product-description">{product.description}</p>}
        </div>
      </div>
      <div className="variant-list">
        {(product.variants ?? []).map((variant) => (
          <VariantRow key={variant.id} variant={variant} rule={rules.get(variant.id)} canOrder={canOrder} listPicker={listPicker} />
        ))}
      </div>
    </article>
  )
}
