/**
 * The page views (bench/run.js calls it with the project server running): each storefront page
 * loaded through its one view request against the same page loaded through the requests it
 * made before, by the same number of concurrent "shoppers" for the same time, in one run.
 *   - product page (B2B portal, a company associate): product with prices and stock, then its
 *     quantity rules and price tiers at once;
 *   - catalog listing (20 products, the associate): its time is set against plain Medusa's
 *     uncached Retail listing by bench/run.js; printed with the cache's hit ratio and the cold
 *     (first) request;
 *   - checkout page (the bench buyer's business cart): the cart, then its delivery options, the
 *     checkout readiness, the unit's payment terms, the buyer's approvals and the region at once;
 *     the view's delivery options are cached per cart state (hit ratio printed), the rest is not.
 */
const CONNECTIONS = 10
const PRODUCTS = 50 // product pages visited at random: a realistic mix of first and repeat visits
const CARTS = 10
const BENCH_LINES = 5

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

function client(baseUrl, key, token) {
  const headers = { "x-publishable-api-key": key, "content-type": "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  return async (method, url, body) => {
    const res = await fetch(`${baseUrl}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
    const data = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${data?.message ?? ""}`)
    return { data, cache: res.headers.get("x-view-cache") }
  }
}

/** Page loads by CONNECTIONS shoppers for `seconds`: page-load p50/p99 and pages per second. */
async function loadPages(seconds, loadPage) {
  const times = []
  let errors = 0
  const until = Date.now() + seconds * 1000
  const shopper = async () => {
    while (Date.now() < until) {
      const started = performance.now()
      try {
        await loadPage()
        times.push(performance.now() - started)
      } catch {
        errors += 1
      }
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, shopper))
  times.sort((a, b) => a - b)
  return { pagesPerSecond: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99), errors }
}

async function comparePages({ name, seconds, before, view, say, fmt }) {
  await loadPages(2, before) // warm-up, as for every scenario
  const old = await loadPages(seconds, before)
  await loadPages(2, view)
  const now = await loadPages(seconds, view)
  say(`  ${name.padEnd(15)} before ${fmt(old.p50)} ms p50 (${fmt(old.pagesPerSecond)} pages/s, errors ${old.errors})  view ${fmt(now.p50)} ms p50 (${fmt(now.pagesPerSecond)} pages/s, errors ${now.errors})`)
  return { before: old, view: now }
}

async function measureViews({ baseUrl, key, associateToken, buyerToken, seconds, say, fmt }) {
  const associate = client(baseUrl, key, associateToken)
  const buyer = client(baseUrl, key, buyerToken)
  const region = (await associate("GET", "/store/regions")).data.regions.find((r) => r.currency_code === "eur").id
  // The generated catalog's handles (bench/generate-catalog.ts): bench-00001, bench-00038, …
  const handles = Array.from({ length: PRODUCTS }, (_, i) => `bench-${String(i * 37 + 1).padStart(5, "0")}`)
  const pick = (list) => list[Math.floor(Math.random() * list.length)]

  // Cold: the first catalog request after the server started, before anything was cached.
  let started = performance.now()
  const first = await associate("GET", `/store/views/catalog?limit=20&region_id=${region}`)
  const coldMs = performance.now() - started
  let hits = 0
  let requests = 0
  const listing = await (async () => {
    const page = async () => {
      const { cache } = await associate("GET", `/store/views/catalog?limit=20&region_id=${region}`)
      requests += 1
      if (cache === "hit") hits += 1
    }
    await loadPages(2, page)
    hits = requests = 0
    return loadPages(seconds, page)
  })()
  const listingHitRatio = requests ? hits / requests : 0
  say(`  catalog view    cold ${fmt(coldMs)} ms (${first.cache})  then ${fmt(listing.p50)} ms p50, ${fmt(listing.pagesPerSecond)} pages/s, hit ratio ${(listingHitRatio * 100).toFixed(1)} %`)

  let productHits = 0
  let productViews = 0
  const productBefore = async (handle = pick(handles)) => {
    const { data } = await associate("GET", `/store/products?handle=${handle}&region_id=${region}&fields=*variants.calculated_price,+variants.inventory_quantity`)
    const found = data.products[0]
    const variantIds = found.variants.map((v) => v.id).join(",")
    await Promise.all([
      associate("GET", `/store/quantity-rules?product_id=${found.id}`),
      associate("GET", `/store/price-tiers?region_id=${region}&variant_id=${variantIds}`),
    ])
  }
  const productView = async (handle = pick(handles)) => {
    const { cache } = await associate("GET", `/store/views/product/${handle}?region_id=${region}`)
    productViews += 1
    if (cache === "hit") productHits += 1
  }
  // Steady state: every product page visited once on both paths first, as shoppers would have
  // (Medusa's own Query cache warms for the old path too); the first view of each is timed cold.
  const coldProduct = []
  for (const handle of handles) {
    await productBefore(handle)
    const started = performance.now()
    await productView(handle)
    coldProduct.push(performance.now() - started)
  }
  coldProduct.sort((a, b) => a - b)
  productHits = productViews = 0
  const product = await comparePages({ name: "product page", seconds, say, fmt, before: () => productBefore(), view: () => productView() })
  say(`  product view    cold (first visit of a page, one at a time) ${fmt(percentile(coldProduct, 50))} ms p50`)

  // The bench buyer's business carts, each with a few lines and an address, as at checkout.
  const address = { first_name: "Bench", last_name: "Buyer", address_1: "Benchstraße 1", city: "Berlin", postal_code: "10115", country_code: "de" }
  const { context } = (await buyer("GET", "/store/business/context")).data
  const unitId = context.business_unit.id
  const carts = []
  for (let i = 0; i < CARTS; i++) {
    const { cart } = (await buyer("POST", "/store/carts", { region_id: region, shipping_address: address, billing_address: address })).data
    const lines = Array.from({ length: BENCH_LINES }, (_, n) => ({ sku: `BENCH-${String(i * BENCH_LINES + n + 1).padStart(5, "0")}-M`, quantity: 2 }))
    await buyer("POST", `/store/business/carts/${cart.id}/line-items/bulk`, { lines })
    carts.push(cart.id)
  }
  let optionHits = 0
  let cartViews = 0
  const checkout = await comparePages({
    name: "checkout page",
    seconds,
    say,
    fmt,
    before: async () => {
      const cartId = pick(carts)
      await buyer("GET", `/store/carts/${cartId}`)
      await Promise.all([
        buyer("GET", `/store/regions/${region}`),
        buyer("GET", `/store/shipping-options?cart_id=${cartId}`),
        buyer("GET", `/store/business/units/${unitId}/payment-terms`),
        buyer("GET", "/store/business/approvals"),
        buyer("GET", `/store/business/carts/${cartId}/checkout`),
      ])
    },
    view: async () => {
      // The delivery options are cached per cart state; the cart and its readiness never are.
      const { cache } = await buyer("GET", `/store/views/cart/${pick(carts)}`)
      cartViews += 1
      if (cache === "hit") optionHits += 1
    },
  })
  return { coldMs, listing, listingHitRatio, product, productHitRatio: productViews ? productHits / productViews : 0, productColdMs: percentile(coldProduct, 50), checkout, deliveryOptionsHitRatio: cartViews ? optionHits / cartViews : 0 }
}

module.exports = { measureViews }
