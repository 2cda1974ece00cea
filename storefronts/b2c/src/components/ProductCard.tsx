import { Link } from "react-router"
import { formatMoney, PriceTaxNote } from "@storefronts/shared"
import { productPriceRange } from "../lib/variants"
import { useRegion } from "../region/region-context"
import { Product } from "../types"
import { ProductImage } from "./ProductImage"
import { WishListButton } from "./WishListButton"

export function ProductCard({ product }: { product: Product }) {
  const { region } = useRegion()
  const price = productPriceRange(product)
  const currency = product.variants?.[0]?.calculated_price?.currency_code ?? region.currency_code
  const variantIds = (product.variants ?? []).map((variant) => variant.id)

  // The heart is a button next to the link, not inside it (no interactive content in a link).
  return (
    <div className="product-card" data-testid="product-card">
      <Link to={`/products/${product.handle}`} className="product-card-link">
        <ProductImage src={product.thumbnail} alt={product.title} />
        <div className="product-card-body">
          <span className="product-card-title">{product.title}</span>
          <span className="product-card-price" data-testid="product-card-price">
            {price ? `${price.varies ? "From " : ""}${formatMoney(price.lowest, currency)}` : "Price unavailable"}
            {price && <PriceTaxNote channel="retail" currency={currency} />}
          </span>
        </div>
      </Link>
      {variantIds.length > 0 && (
        // A card saves the variant the product page opens with; any saved variant fills its heart.
        <WishListButton variantIds={variantIds} saveVariantId={variantIds[0]} title={product.title} className="product-card-heart" />
      )}
    </div>
  )
}
