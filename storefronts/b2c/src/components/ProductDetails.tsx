import { Link, useSearchParams } from "react-router"
import { formatMoney, PriceTaxNote } from "@storefronts/shared"
import { variantAvailability, variantCurrency, variantPrice } from "../lib/variants"
import { useRegion } from "../region/region-context"
import { Product } from "../types"
import { AddToCartForm } from "./AddToCartForm"
import { ProductImage } from "./ProductImage"
import { WishListButton } from "./WishListButton"

export function ProductDetails({ product }: { product: Product }) {
  const { region } = useRegion()
  const variants = product.variants ?? []
  // The chosen variant lives in the URL (?variant=), so a link, a reload or the way back from
  // signing in (after hearting it as a guest) shows the same one.
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("variant")
  const variantId = variants.some((candidate) => candidate.id === requested) ? requested! : variants[0]?.id
  const setVariantId = (id: string) =>
    setSearchParams(
      (params) => {
        params.set("variant", id)
        return params
      },
      { replace: true }
    )
  const variant = variants.find((candidate) => candidate.id === variantId)
  const price = variantPrice(variant)
  const currency = variantCurrency(variant, region.currency_code)
  const availability = variantAvailability(variant)
  // Products here have one option (size, colour…); name the picker after it.
  const optionLabel = product.options?.length === 1 ? product.options[0].title : "Variant"

  return (
    <article className="product-layout">
      <ProductImage src={product.thumbnail ?? product.images?.[0]?.url} alt={product.title} className="product-hero-image" />
      <div className="stack product-info">
        <nav className="breadcrumbs muted" aria-label="Breadcrumb">
          <Link to="/">Home</Link> / <Link to="/products">Shop</Link>
        </nav>
        <h1>{product.title}</h1>
        <p className="product-price" data-testid="product-price">
          {price === null ? "Price unavailable" : formatMoney(price, currency)}
          {price !== null && <PriceTaxNote channel="retail" currency={currency} />}
        </p>
        {product.description && <p className="product-description">{product.description}</p>}

        {variants.length > 1 && (
          <label className="variant-field">
            {optionLabel}
            <select value={variantId} onChange={(event) => setVariantId(event.target.value)} data-testid="variant-select">
              {variants.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.title}
                </option>
              ))}
            </select>
          </label>
        )}

        <p className={`availability ${availability.status}`} data-testid="availability">
          {availability.label}
        </p>

        <AddToCartForm key={variant?.id} variant={variant} availability={availability} purchasable={price !== null} />

        {variant && (
          <WishListButton
            key={`wish-${variant.id}`}
            variantIds={[variant.id]}
            saveVariantId={variant.id}
            title={variants.length > 1 ? `${product.title} (${variant.title})` : product.title}
            labelled
          />
        )}
      </div>
    </article>
  )
}
