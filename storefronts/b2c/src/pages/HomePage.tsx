import { Link } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { HeroIllustration } from "../components/BrandArt"
import { ProductGrid } from "../components/ProductGrid"
import { listProducts, loadCategories } from "../lib/catalog"
import { usePageTitle } from "../lib/page-title"
import { useRegion } from "../region/region-context"

const FEATURED_COUNT = 8

export function HomePage() {
  usePageTitle(null)
  const { region } = useRegion()
  const featured = useAsync(async () => (await listProducts({ regionId: region.id, limit: FEATURED_COUNT })).products, [region.id])
  const categories = useAsync(loadCategories, [])

  return (
    <div className="stack home">
      <section className="hero">
        <div className="hero-copy">
          <p className="eyebrow">Roasted weekly in Hamburg</p>
          <h1>Coffee &amp; tea worth waking up for</h1>
          <p className="hero-lead">
            Small-batch beans, loose-leaf teas and the gear to brew them well — delivered to your door across Europe and the US.
          </p>
          <div className="row">
            <Link to="/products" className="button">Shop all products</Link>
            {categories.data?.[0] && (
              <Link to={`/products?category=${categories.data[0].id}`} className="button secondary">
                Browse {categories.data[0].name.toLowerCase()}
              </Link>
            )}
          </div>
        </div>
        <div className="hero-art">
          <HeroIllustration />
        </div>
      </section>

      <section className="stack" aria-labelledby="featured-heading">
        <div className="section-head">
          <h2 id="featured-heading">Featured products</h2>
          <Link to="/products">View all →</Link>
        </div>
        <Async state={featured} empty={(products) => products.length === 0}>
          {(products) => <ProductGrid products={products} />}
        </Async>
      </section>

      {categories.data && categories.data.length > 0 && (
        <section className="stack" aria-labelledby="categories-heading">
          <h2 id="categories-heading">Shop by category</h2>
          <div className="category-tiles">
            {categories.data.map((category) => (
              <Link key={category.id} to={`/products?category=${category.id}`} className="category-tile">
                {category.name}
              </Link>
            ))}
          </div>
        </section>
      )}

      <section className="perks" aria-label="Why shop with us">
        <div><strong>Fresh, not stale</strong><span className="muted">Coffee ships within days of roasting.</span></div>
        <div><strong>Fast delivery</strong><span className="muted">Standard or next-day express shipping.</span></div>
        <div><strong>Pay on delivery</strong><span className="muted">No card needed at checkout.</span></div>
      </section>
    </div>
  )
}
