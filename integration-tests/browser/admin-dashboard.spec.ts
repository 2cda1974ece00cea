import { readFileSync } from "node:fs"
import { Browser, BrowserContext, Page } from "playwright-core"
import { NET_TERMS_PROVIDER_ID } from "../../src/modules/net-terms-payment"
import { AdminServer, startAdminServer } from "../helpers/admin-server"
import { launchChromium, screenshot } from "../helpers/browser"
import { Api, completeCart, prepareCheckout } from "../helpers/store-api"

jest.setTimeout(600_000)

const PASSWORD = "supersecret"
const UI_TIMEOUT = 30_000
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

type Res = { status: number; data: any }
type Options = { headers?: Record<string, string> }

/** A fetch-based stand-in for the runner's axios instance (same shape as helpers/store-api's Api). */
function httpClient(baseUrl: string): Api & { delete: (url: string, config?: Options) => Promise<Res> } {
  const call = async (method: string, url: string, body?: object, config: Options = {}): Promise<Res> => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(config.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let data: any = text
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, data }
  }
  return {
    get: (url: string, config?: Options) => call("GET", url, undefined, config),
    post: (url: string, body?: object, config?: Options) => call("POST", url, body ?? {}, config),
    delete: (url: string, config?: Options) => call("DELETE", url, undefined, config),
  }
}

function ok(res: Res, step: string) {
  if (res.status < 200 || res.status >= 300) throw new Error(`${step}: HTTP ${res.status} ${JSON.stringify(res.data)}`)
  return res.data
}

describe("Admin dashboard: B2B extensions", () => {
  let server: AdminServer
  let http: ReturnType<typeof httpClient>
  let browser: Browser
  let context: BrowserContext
  let adminAuth: Options
  let wholesaleKey: string
  let loggedIn = false
  const suffix = Date.now().toString(36)

  beforeAll(async () => {
    server = await startAdminServer()
    wholesaleKey = server.summary.publishableKeys.wholesale
    http = httpClient(server.url)
    const login = ok(await http.post("/auth/user/emailpass", { email: "admin@example.com", password: PASSWORD }), "admin login")
    adminAuth = { headers: { authorization: `Bearer ${login.token}` } }
    browser = await launchChromium()
    // In production Medusa's session cookie is `Secure` and express-session (with `proxy: true`) only
    // sets it on a request it sees as HTTPS. A merchant reaches the dashboard through a TLS-terminating
    // proxy; the test plays that proxy's part with the X-Forwarded-Proto header over plain HTTP
    // (Chromium keeps Secure cookies of http://localhost).
    context = await browser.newContext({
      locale: "en-US",
      timezoneId: "UTC",
      viewport: { width: 1440, height: 1000 },
      extraHTTPHeaders: { "x-forwarded-proto": "https" },
    })
    context.setDefaultTimeout(UI_TIMEOUT)
  })

  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await browser?.close().catch(() => undefined)
    await server?.stop()
  })

  const adminGet = async (url: string) => ok(await http.get(url, adminAuth), `GET ${url}`)
  const adminPost = async (url: string, body: object) => ok(await http.post(url, body, adminAuth), `POST ${url}`)

  const unitByName = async (name: string) => {
    const { business_units } = await adminGet(`/admin/business-units?q=${encodeURIComponent(name)}&limit=50`)
    const unit = (business_units as any[]).find((u) => u.name === name)
    if (!unit) throw new Error(`No business unit named ${name}`)
    return unit
  }

  /** Logs in through the dashboard's login form. */
  async function logIn(page: Page) {
    await page.goto(`${server.url}/app/login`, { timeout: 120_000 })
    await page.locator('input[name="email"]').fill("admin@example.com", { timeout: 120_000 })
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.startsWith("/app/login"), { timeout: 60_000 })
    loggedIn = true
  }

  /** A new tab of the logged-in dashboard (logs in first when no earlier journey did). */
  async function adminPage(): Promise<Page> {
    const page = await context.newPage()
    if (!loggedIn) await logIn(page)
    return page
  }

  const waitForToast = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor({ timeout: UI_TIMEOUT })

  // ---- store-side helpers -----------------------------------------------------------------

  const customerToken = async (email: string) => ok(await http.post("/auth/customer/emailpass", { email, password: PASSWORD }), `login ${email}`).token as string
  const store = (token: string) => ({ headers: { "x-publishable-api-key": wholesaleKey, authorization: `Bearer ${token}` } })

  let euRegionId: string | undefined
  const euRegion = async () => {
    if (!euRegionId) {
      const { regions } = ok(await http.get("/store/regions", { headers: { "x-publishable-api-key": wholesaleKey } }), "regions")
      euRegionId = (regions as any[]).find((r) => r.currency_code === "eur")?.id
      if (!euRegionId) throw new Error("No EUR region")
    }
    return euRegionId as string
  }

  const variantBySku = async (sku: string) => {
    const { products } = await adminGet(`/admin/products?limit=200&fields=id,title,*variants`)
    for (const product of products as any[]) {
      const variant = (product.variants ?? []).find((v: any) => v.sku === sku)
      if (variant) return variant.id as string
    }
    throw new Error(`No variant with SKU ${sku}`)
  }

  /** A wholesale cart of the buyer with one line. */
  const buyerCart = async (token: string, sku: string, quantity: number) => {
    const { cart } = ok(await http.post("/store/carts", { region_id: await euRegion() }, store(token)), "create cart")
    ok(await http.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantBySku(sku), quantity }, store(token)), "add line")
    return cart.id as string
  }

  /** acme-buyer's net-terms order with a PO number (placed once, shared by journeys 6 and 7). */
  const PO_NUMBER = `PO-ADMIN-${suffix}`
  let netTermsOrder: Promise<any> | undefined
  const placeNetTermsOrder = () =>
    (netTermsOrder ??= (async () => {
      const token = await customerToken("acme-buyer@example.com")
      const cartId = await buyerCart(token, "SUP-OAT-1L", 2)
      ok(await http.post(`/store/carts/${cartId}`, { metadata: { po_number: PO_NUMBER } }, store(token)), "PO number")
      await prepareCheckout(http, wholesaleKey, cartId, token, { provider_id: NET_TERMS_PROVIDER_ID, cheapestShipping: true })
      const res = await completeCart(http, wholesaleKey, cartId, token)
      if (res.status !== 200 || res.data.type !== "order") throw new Error(`complete: HTTP ${res.status} ${JSON.stringify(res.data)}`)
      return res.data.order
    })())

  // ---- journeys ---------------------------------------------------------------------------

  it("1. logs in as the seeded admin and lands in the dashboard", async () => {
    const page = await context.newPage()
    await logIn(page)
    // The dashboard shell with the extensions' sidebar entries.
    await page.getByRole("link", { name: /Business units/i }).first().waitFor({ timeout: 60_000 })
    expect(page.url()).not.toContain("/login")
    await screenshot(page, "admin-login")
    await page.close()
  })

  it("2. creates a company and a division under it through the Business units pages", async () => {
    const company = `Test Company ${suffix}`
    const division = `Test Division ${suffix}`
    const page = await adminPage()
    await page.goto(`${server.url}/app/business-units`)
    await page.getByTestId("business-unit-row").first().waitFor()

    await page.getByTestId("create-business-unit").click()
    const drawer = page.getByTestId("create-business-unit-drawer")
    await drawer.locator("#unit-name").fill(company)
    await drawer.locator("#unit-email").fill(`orders-${suffix}@example.com`)
    await drawer.locator("#unit-currency").fill("EUR")
    await page.getByTestId("create-business-unit-submit").click()
    // Creating a company opens its page.
    await page.waitForURL(/\/app\/business-units\/[^/]+$/)
    await waitForToast(page, `Company "${company}" created`)
    await page.getByRole("heading", { name: company }).first().waitFor()

    await page.getByTestId("add-division").click()
    const divisionDrawer = page.getByTestId("create-business-unit-drawer")
    await divisionDrawer.locator("#unit-name").fill(division)
    await page.getByTestId("create-business-unit-submit").click()
    await waitForToast(page, `Division "${division}" created`)
    await page.getByTestId("division-row").filter({ hasText: division }).waitFor()

    await page.goto(`${server.url}/app/business-units`)
    const companyRow = page.getByTestId("business-unit-row").filter({ hasText: company })
    const divisionRow = page.getByTestId("business-unit-row").filter({ hasText: division })
    await companyRow.waitFor()
    await divisionRow.waitFor()
    expect(await companyRow.getAttribute("data-depth")).toBe("0")
    expect(await divisionRow.getAttribute("data-depth")).toBe("1")
    // The division is listed right below its company.
    const names = await page.getByTestId("business-unit-row").allTextContents()
    const at = names.findIndex((n) => n.includes(company))
    expect(names[at + 1]).toContain(division)

    const createdCompany = await unitByName(company)
    const createdDivision = await unitByName(division)
    expect(createdCompany.parent_id ?? null).toBeNull()
    expect(createdDivision.parent_id).toBe(createdCompany.id)
    expect(await divisionRow.getAttribute("data-unit-id")).toBe(createdDivision.id)
    await screenshot(page, "admin-business-units")
    await page.close()
  })

  it("3. invites associates on a unit", async () => {
    const unit = await adminPost("/admin/business-units", { name: `Invite Test ${suffix}`, currency_code: "eur" }).then((r) => r.business_unit)
    const page = await adminPage()
    await page.goto(`${server.url}/app/business-units/${unit.id}`)
    await page.getByTestId("associates-section").waitFor()
    // The unit's shopping lists (read-only, kept in the B2B portal): a new unit has none yet.
    await ui(page.getByTestId("unit-shopping-lists-section").getByTestId("empty-state")).toContainText("No shopping lists")
    // Its recurring orders (read-only, scheduled in the B2B portal): none yet either.
    await ui(page.getByTestId("unit-recurring-orders-section").getByTestId("empty-state")).toContainText("No recurring orders")

    // Nobody joins at once, not even a customer who already has an account.
    await page.getByTestId("invite-associate").click()
    const drawer = page.getByTestId("invite-associate-drawer")
    await drawer.locator("#invite-email").fill("shopper@example.com")
    await drawer.getByTestId("role-picker").waitFor()
    await page.getByTestId("invite-associate-submit").click()
    await waitForToast(page, "Invite sent to shopper@example.com")
    expect((await adminGet(`/admin/business-units/${unit.id}`)).business_unit.associates).toEqual([])

    // Anyone else gets an invite too.
    const newcomer = `newcomer-${suffix}@example.com`
    await page.getByTestId("invite-associate").click()
    await page.getByTestId("invite-associate-drawer").locator("#invite-email").fill(newcomer)
    await page.getByTestId("invite-associate-submit").click()
    await waitForToast(page, `Invite sent to ${newcomer}`)

    // The customer logs in and accepts with the token of the invite message: now an associate.
    let message: any
    for (let i = 0; i < 50 && !message; i++) {
      const { notifications } = await adminGet(`/admin/notifications?to=shopper@example.com&limit=50`)
      message = (notifications as any[]).find((n) => n.template === "business-invite" && n.data?.business_unit_name === unit.name)
      if (!message) await new Promise((r) => setTimeout(r, 200))
    }
    if (!message) throw new Error(`No invite message to shopper@example.com for ${unit.name}`)
    const token = new URL(message.data.accept_url).searchParams.get("token")
    ok(await http.post("/store/business/invites/accept", { token }, store(await customerToken("shopper@example.com"))), "accept the invite")
    await page.reload()
    await page.getByTestId("associate-row").filter({ hasText: "shopper@example.com" }).waitFor()

    const { business_unit } = await adminGet(`/admin/business-units/${unit.id}`)
    const associates = business_unit.associates as any[]
    expect(associates).toEqual([expect.objectContaining({ email: "shopper@example.com" })])
    expect(associates[0].roles).toEqual([expect.objectContaining({ role: "buyer" })])
    await screenshot(page, "admin-invite-associate")
    await page.close()
  })

  it("4. sets Net 30 and a credit limit on Globex", async () => {
    const globex = await unitByName("Globex Catering Ltd")
    const page = await adminPage()
    await page.goto(`${server.url}/app/business-units/${globex.id}`)
    const section = page.getByTestId("payment-terms")
    await section.getByTestId("payment-terms-select").waitFor()

    await section.getByTestId("payment-terms-select").click()
    await page.getByRole("option", { name: "Net 30", exact: true }).click()
    await section.getByTestId("credit-limit-input").fill("25000")
    await section.getByTestId("save-payment-terms").click()
    await waitForToast(page, "Payment terms saved")

    await ui(section.getByTestId("credit-limit")).toHaveText("€25,000.00")
    await section.getByTestId("credit-available").waitFor()
    await ui(section.getByTestId("credit-available")).toHaveText("€25,000.00")
    await ui(section.getByTestId("effective-terms")).toContainText("Net 30")

    const { payment_terms } = await adminGet(`/admin/business-units/${globex.id}/payment-terms`)
    expect(payment_terms.own).toMatchObject({ terms: "net_30", credit_limit: 25000 })
    expect(payment_terms.effective).toMatchObject({ terms: "net_30" })
    expect(payment_terms.credit).toMatchObject({ limit: 25000, used: 0, available: 25000 })
    await screenshot(page, "admin-payment-terms")
    await page.close()
  })

  it("4a. verifies a unit's VAT id in its Tax section", async () => {
    const unit = await adminPost("/admin/business-units", { name: `Tax Test ${suffix}`, currency_code: "eur" }).then((r) => r.business_unit)
    await adminPost(`/admin/business-units/${unit.id}/tax-profile`, { tax_id: "ATU12345678" })
    const page = await adminPage()
    await page.goto(`${server.url}/app/business-units/${unit.id}`)
    const status = page.getByTestId("tax-section").getByTestId("tax-id-verification-status")
    await ui(status).toHaveText("Not verified")

    await page.getByTestId("tax-section").getByTestId("tax-id-verification-toggle").click()
    await ui(status).toContainText("Verified on")
    const { tax_profile } = await adminGet(`/admin/business-units/${unit.id}/tax-profile`)
    expect(tax_profile).toMatchObject({ tax_id: "ATU12345678", tax_id_verified_at: expect.any(String) })
    await screenshot(page, "admin-tax-verified")
    await page.close()
  })

  it("5. prices and sends a quote the buyer requested", async () => {
    const token = await customerToken("acme-buyer@example.com")
    const cartId = await buyerCart(token, "SUP-OAT-1L", 12)
    const requested = ok(await http.post("/store/business/quotes", { cart_id: cartId, comment: "Volume price please" }, store(token)), "request quote").quote
    expect(requested.status).toBe("requested")
    const [line] = requested.lines

    const page = await adminPage()
    await page.goto(`${server.url}/app/quotes`)
    await page.locator(`[data-testid="quote-row"]`).first().waitFor()
    await page.goto(`${server.url}/app/quotes/${requested.id}`)
    const price = page.locator(`input[name="unit_price-${line.id}"]`)
    await price.fill("1.75")
    const validUntil = isoDay(new Date(Date.now() + 14 * 24 * 60 * 60 * 1000))
    await page.locator("#quote-valid-until").fill(validUntil)
    await page.getByTestId("save-offer").click()
    await waitForToast(page, "Offer saved as a draft")
    await ui(page.getByText("Unsaved changes")).toHaveCount(0)

    const draft = (await adminGet(`/admin/quotes/${requested.id}`)).quote
    expect(draft.lines.find((l: any) => l.id === line.id).offered_unit_price).toBe(1.75)

    await page.getByTestId("send-quote").click()
    await waitForToast(page, "Offer sent to the buyer")
    await ui(page.getByTestId("quote-status").first()).toHaveText("Sent")

    const sent = (await adminGet(`/admin/quotes/${requested.id}`)).quote
    expect(sent.status).toBe("sent")
    expect(sent.lines).toEqual([expect.objectContaining({ id: line.id, offered_unit_price: 1.75, quantity: 12 })])
    expect(isoDay(new Date(sent.valid_until))).toBe(validUntil)
    await screenshot(page, "admin-quote-sent")
    await page.close()
  })

  it("6. records the full payment of a net-terms order's invoice", async () => {
    const order = await placeNetTermsOrder()
    // The invoice owes the order's taxed total in cents (Medusa's total is not rounded: 12.971).
    const owed = Math.round(order.total * 100) / 100
    const { invoices } = await adminGet(`/admin/invoices?q=${encodeURIComponent(PO_NUMBER)}`)
    const invoice = (invoices as any[]).find((i) => i.order_id === order.id)
    expect(invoice).toMatchObject({ status: "open", po_number: PO_NUMBER, total: owed, open_amount: owed })

    const page = await adminPage()
    await page.goto(`${server.url}/app/invoices`)
    const row = page.locator(`[data-testid="invoice-row"][data-invoice-id="${invoice.id}"]`)
    await row.waitFor()
    await ui(row).toContainText(PO_NUMBER)
    await row.click()
    await page.waitForURL(new RegExp(`/app/invoices/${invoice.id}$`))
    await ui(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "open")

    const form = page.getByTestId("record-payment-form")
    await form.getByRole("button", { name: "Whole open amount" }).click()
    await ui(form.locator("#payment-amount")).toHaveValue(String(invoice.open_amount))
    await form.locator("#payment-reference").fill(`BANK-${suffix}`)
    await page.getByTestId("record-payment").click()
    await waitForToast(page, `${invoice.number} is paid`)
    await ui(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "paid")
    await ui(page.getByTestId("invoice-status")).toHaveText("Paid")

    const paid = (await adminGet(`/admin/invoices/${invoice.id}`)).invoice
    expect(paid).toMatchObject({ status: "paid", paid_amount: owed, open_amount: 0 })
    await screenshot(page, "admin-invoice-paid")
    await page.close()
  })

  it("7. shows the business unit and PO number on the order's page", async () => {
    const order = await placeNetTermsOrder()
    const page = await adminPage()
    await page.goto(`${server.url}/app/orders/${order.id}`)
    const widget = page.getByTestId("order-b2b-widget")
    await widget.getByTestId("order-business-unit").waitFor({ timeout: 60_000 })
    await ui(widget.getByTestId("order-business-unit")).toContainText("Acme Cafés Berlin")
    await ui(widget.getByTestId("order-po-number")).toContainText(PO_NUMBER)
    await ui(widget.getByTestId("order-associate")).toContainText("acme-buyer@example.com")
    await ui(widget.getByTestId("order-invoice")).toContainText(/INV-\d{4}-\d{6}/)
    await screenshot(page, "admin-order-widget")
    await page.close()
  })

  it("8. opens the day's deliveries: calendar and receiving window set, tomorrow's delivery with its lines on the pick list", async () => {
    const acme = await unitByName("Acme Cafés Berlin")
    const addresses = (await adminGet(`/admin/business-units/${acme.id}`)).business_unit.addresses as any[]
    const address = addresses.find((a) => a.is_default_shipping) ?? addresses[0]
    if (!address) throw new Error("Acme Cafés Berlin has no address")
    const label = address.label ?? address.address_1
    const { delivery_calendars } = await adminGet("/admin/delivery-calendars")
    const calendar = (delivery_calendars as any[]).find((c) => c.shipping_option_id === null)
    if (!calendar) throw new Error("No default delivery calendar")
    // Tomorrow in the calendar's time zone (requested dates are read there, and the Deliveries page opens on it).
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: calendar.time_zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date())
    const tomorrow = isoDay(new Date(Date.parse(`${today}T12:00:00Z`) + 24 * 60 * 60 * 1000))
    const weekday = new Date(`${tomorrow}T12:00:00Z`).getUTCDay() || 7
    const dock = `Gate ${suffix}, ring twice`

    const page = await adminPage()
    try {
      // Tomorrow must be a delivery date whatever day and hour the suite runs: the merchant opens the
      // default calendar on the Deliveries page and delivers every day, same-day lead, cut-off 23:59.
      await page.goto(`${server.url}/app/deliveries`)
      const row = page.locator(`[data-testid="delivery-calendar-row"][data-calendar-id="${calendar.id}"]`)
      await row.getByTestId("edit-delivery-calendar").click()
      const calendarDrawer = page.getByTestId("delivery-calendar-drawer")
      for (let day = 1; day <= 7; day++) {
        const box = calendarDrawer.getByTestId(`calendar-weekday-${day}`)
        if ((await box.getAttribute("aria-checked")) !== "true") await box.click()
      }
      await calendarDrawer.getByTestId("calendar-cutoff").fill("23:59")
      await calendarDrawer.getByTestId("calendar-lead-days").fill("0")
      const closedTomorrow = calendarDrawer.locator(`[data-testid="closed-date"][data-date="${tomorrow}"]`)
      if (await closedTomorrow.count()) await closedTomorrow.getByTestId("remove-closed-date").click()
      await page.getByTestId("delivery-calendar-submit").click()
      await waitForToast(page, `${calendar.name} saved`)
      await ui(row.getByTestId("delivery-calendar-weekdays")).toHaveText("Mon, Tue, Wed, Thu, Fri, Sat, Sun")
      const saved = (await adminGet("/admin/delivery-calendars")).delivery_calendars.find((c: any) => c.id === calendar.id)
      expect(saved).toMatchObject({ delivery_weekdays: [1, 2, 3, 4, 5, 6, 7], cutoff_time: "23:59", lead_days: 0, time_zone: calendar.time_zone })
      expect(saved.closed_dates.map((c: any) => c.date)).not.toContain(tomorrow)

      // The merchant sets the address's receiving: one window on tomorrow's weekday, the dock, no pallets.
      await page.goto(`${server.url}/app/business-units/${acme.id}`)
      const card = page.locator(`[data-testid="unit-address"][data-address-id="${address.id}"]`)
      await card.getByTestId("edit-receiving-profile").click()
      const drawer = page.getByTestId("receiving-profile-drawer")
      await drawer.getByTestId("receiving-windows").waitFor()
      const removeWindow = drawer.getByRole("button", { name: /^Remove \w+ window$/ })
      while ((await removeWindow.count()) > 0) await removeWindow.first().click()
      await drawer.locator(`[data-testid="receiving-weekday"][data-weekday="${weekday}"]`).getByTestId("add-receiving-window").click()
      await drawer.getByTestId("receiving-window-from").fill("07:30")
      await drawer.getByTestId("receiving-window-to").fill("11:00")
      await drawer.locator("#receiving-dock").fill(dock)
      const pallets = drawer.getByTestId("receiving-pallets")
      if ((await pallets.getAttribute("aria-checked")) === "true") await pallets.click()
      await page.getByTestId("receiving-profile-submit").click()
      await waitForToast(page, `Receiving of ${label} saved`)
      await ui(card.getByTestId("receiving-profile-dock")).toContainText(dock)
      const { receiving_profiles } = await adminGet(`/admin/business-units/${acme.id}/receiving-profiles`)
      expect((receiving_profiles as any[]).find((p) => p.address_id === address.id)).toMatchObject({
        windows: [{ weekday, from: "07:30", to: "11:00" }],
        dock_instructions: dock,
        accepts_pallets: false,
      })

      // The buyer orders 3 oat drinks for tomorrow at that address.
      const token = await customerToken("acme-buyer@example.com")
      const cartId = await buyerCart(token, "SUP-OAT-1L", 3)
      await prepareCheckout(http, wholesaleKey, cartId, token, { provider_id: NET_TERMS_PROVIDER_ID, cheapestShipping: true })
      ok(await http.post(`/store/business/carts/${cartId}/deliveries`, { deliveries: [{ address_id: address.id, requested_date: tomorrow }] }, store(token)), "delivery plan")
      const completed = await completeCart(http, wholesaleKey, cartId, token)
      if (completed.status !== 200 || completed.data.type !== "order") throw new Error(`complete: HTTP ${completed.status} ${JSON.stringify(completed.data)}`)
      const order = completed.data.order
      expect((await adminGet(`/admin/deliveries?order_id=${order.id}`)).delivery).toMatchObject({ order_id: order.id, requested_date: tomorrow })

      // The Deliveries page opens on tomorrow: the address's stop with its window, dock and pallets, the order's line, the day's totals.
      await page.goto(`${server.url}/app/deliveries`)
      await ui(page.getByTestId("pick-list-date")).toHaveValue(tomorrow)
      const stop = page.locator(`[data-testid="pick-list-stop"][data-address-id="${address.id}"]`)
      await stop.waitFor()
      await ui(stop.getByTestId("pick-list-stop-window")).toContainText("07:30–11:00")
      await ui(stop.getByTestId("pick-list-stop-profile-dock")).toContainText(dock)
      await ui(stop.getByTestId("pick-list-stop-profile-pallets")).toContainText("No")
      const delivery = stop.getByTestId("pick-list-delivery").filter({ has: page.locator(`a[href$="/orders/${order.id}"]`) })
      await ui(delivery.getByTestId("pick-list-order-link")).toHaveText(`Order #${order.display_id}`)
      const line = delivery.locator('[data-testid="pick-list-line"][data-sku="SUP-OAT-1L"]')
      await ui(line.getByTestId("pick-list-line-quantity")).toHaveText("3")
      const total = page.locator('[data-testid="pick-list-total"][data-sku="SUP-OAT-1L"]')
      await total.waitFor()
      expect(Number(await total.getByTestId("pick-list-total-quantity").textContent())).toBeGreaterThanOrEqual(3)
      await screenshot(page, "admin-pick-list")

      // Its order page shows the delivery.
      await delivery.getByTestId("pick-list-order-link").click()
      await page.waitForURL(new RegExp(`/app/orders/${order.id}$`))
      const section = page.getByTestId("order-b2b-widget").getByTestId("order-delivery")
      await section.waitFor({ timeout: 60_000 })
      await ui(section.getByTestId("order-delivery-window")).toContainText("07:30–11:00")
      await ui(section.getByTestId("order-delivery-profile-dock")).toContainText(dock)
      await screenshot(page, "admin-order-delivery")
      // Its packing slip downloads as a PDF.
      const [download] = await Promise.all([page.waitForEvent("download"), section.getByTestId("download-packing-slip").click()])
      expect(download.suggestedFilename()).toBe(`packing-slip-${order.id}.pdf`)
      const slip = readFileSync((await download.path())!)
      expect(slip.subarray(0, 5).toString()).toBe("%PDF-")
    } finally {
      // The seeded calendar again, for any later journey.
      const { delivery_weekdays, cutoff_time, lead_days, closed_dates } = calendar
      await adminPost(`/admin/delivery-calendars/${calendar.id}`, { delivery_weekdays, cutoff_time, lead_days, closed_dates })
      await page.close()
    }
  })
})

/** Minimal web-first assertions on a locator (retrying until the UI settles), in the spirit of Playwright's `expect`. */
type Locator = ReturnType<Page["locator"]>

function ui(locator: Locator) {
  const retry = async (what: string, check: () => Promise<{ pass: boolean; actual: unknown }>, timeout = UI_TIMEOUT) => {
    const until = Date.now() + timeout
    let last: unknown
    for (;;) {
      try {
        const { pass, actual } = await check()
        last = actual
        if (pass) return
      } catch (error) {
        last = error
      }
      if (Date.now() > until) throw new Error(`${locator}: expected ${what}, got ${JSON.stringify(last instanceof Error ? last.message : last)}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  const text = async () => ((await locator.textContent({ timeout: 1_000 })) ?? "").replace(/\s+/g, " ").trim()
  const matches = (value: string, expected: string | RegExp, exact: boolean) =>
    typeof expected === "string" ? (exact ? value === expected : value.includes(expected)) : expected.test(value)
  return {
    toHaveText: (expected: string | RegExp) =>
      retry(`text ${expected}`, async () => {
        const value = await text()
        return { pass: matches(value, expected, true), actual: value }
      }),
    toContainText: (expected: string | RegExp) =>
      retry(`text containing ${expected}`, async () => {
        const value = await text()
        return { pass: matches(value, expected, false), actual: value }
      }),
    toHaveAttribute: (name: string, expected: string) =>
      retry(`${name}=${expected}`, async () => {
        const value = await locator.getAttribute(name, { timeout: 1_000 })
        return { pass: value === expected, actual: value }
      }),
    toHaveValue: (expected: string) =>
      retry(`value ${expected}`, async () => {
        const value = await locator.inputValue({ timeout: 1_000 })
        return { pass: value === expected, actual: value }
      }),
    toHaveCount: (expected: number) =>
      retry(`${expected} elements`, async () => {
        const value = await locator.count()
        return { pass: value === expected, actual: value }
      }),
  }
}
