import { Link } from "react-router"
import { formatMoney } from "@storefronts/shared"
import { productPriceRange } from "../lib/variants"
import { useRegion } from "../region/region-context"
import { Product } from "../types"
import { ProductImage } from "./ProductImage"

export function ProductCard({ product }: { product: Product }) {
  const { region } = useRegion()
  const price = productPriceRange(product)
  const currency = product.variants?.[0]?.calculated_price?.currency_code ?? region.currency_code

  return (
    <Link to={`/products/${product.handle}`} className="product-card" data-testid="product-card">
      <ProductImage src={product.thumbnail} alt={product.title} />
      <div className="product-card-body">
        <span className="product-card-title">{product.title}</span>
        <span className="product-card-price" data-testid="product-card-price">
          {price ? `${price.varies ? "From " : ""}${formatMoney(price.lowest, currency)}` : "Price unavailable"}
        </span>
      </div>
    </Link>
  )
}
