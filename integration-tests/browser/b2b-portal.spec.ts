import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { Browser, Page } from "playwright-core"
import { poNumberFor } from "../../src/lib/recurring-orders/po-number"
import { addDays, todayUtc, weekdayOf } from "../../src/lib/recurring-orders/schedule"
import { NET_TERMS_MODULE } from "../../src/modules/net-terms"
import NetTermsModuleService from "../../src/modules/net-terms/service"
import { seedDemoData } from "../../src/scripts/seed"
import { backendRequestsDuring, backendUrlOf, launchChromium, screenshot, startStorefronts } from "../helpers/browser"
import { useDevInbox } from "../helpers/dev-inbox"
import { Demo } from "../helpers/store-api"

jest.setTimeout(300_000)

// Every message of this spec goes through the SMTP provider into a development inbox.
const inbox = useDevInbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: Demo
    let browser: Browser
    let storefronts: Awaited<ReturnType<typeof startStorefronts>>
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      demo = await seedDemoData(getContainer())
      storefronts = await startStorefronts(backendUrlOf(api), {
        retail: demo.channels.retail.publishableKey,
        wholesale: demo.channels.wholesale.publishableKey,
      })
      browser = await launchChromium()
      const login = await api.post("/auth/user/emailpass", demo.accounts.admin)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    afterAll(async () => {
      await browser?.close()
      await storefronts?.close()
    })

    /** A fresh browser context logged in to the portal as one of the seeded associates. */
    async function loggedIn(person: string): Promise<Page> {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`${storefronts.b2b}/login`)
      await page.locator('input[name="email"]').fill(`${person}@example.com`)
      await page.locator('input[name="password"]').fill("supersecret")
      await page.getByTestId("login-submit").click()
      await page.getByTestId("active-unit").waitFor()
      return page
    }

    /** Acme's approver, then its admin, each in their own session, approve the flow whose row shows `amount` (a screenshot each when named). */
    const approveInTurn = async (amount: string, screenshotPrefix?: string) => {
      for (const approver of ["acme-approver", "acme-admin"]) {
        const page = await loggedIn(approver)
        await page.goto(`${storefronts.b2b}/approvals`)
        const row = page.getByTestId("approval-row").filter({ hasText: amount })
        await row.waitFor()
        await row.getByTestId("approve").click()
        await row.waitFor({ state: "detached" })
        if (screenshotPrefix) await screenshot(page, `${screenshotPrefix}-${approver}`)
      }
    }

    const addFromCatalog = async (page: Page, sku: string, quantity: number) => {
      await page.goto(`${storefronts.b2b}/`)
      await page.getByLabel(`Quantity of ${sku}`).fill(String(quantity))
      await page.getByTestId(`add-${sku}`).click()
      await page.getByText(`${quantity} added to cart`).waitFor()
    }

    const placeOrderAt = async (page: Page, provider: string, po?: string) => {
      await page.goto(`${storefronts.b2b}/cart`)
      await page.getByTestId("cart-line").first().waitFor()
      if (po) {
        await page.locator('input[name="po_number"]').fill(po)
        await page.locator('textarea[name="delivery_instructions"]').fill("Deliver to the back entrance")
        await page.locator('textarea[name="delivery_instructions"]').blur()
        await page.waitForTimeout(500)
      }
      await page.getByTestId("checkout-link").click()
      await page.locator('input[name="address_1"]').waitFor()
      await page.locator('input[name="first_name"]').fill("Bea")
      await page.locator('input[name="last_name"]').fill("Buyer")
      await page.locator('input[name="address_1"]').fill("Torstraße 1")
      await page.locator('input[name="city"]').fill("Berlin")
      await page.locator('input[name="postal_code"]').fill("10119")
      await page.locator('select[name="country_code"]').selectOption("de")
      await page.locator(`input[name="payment_provider"][value="${provider}"]`).check()
      await page.getByTestId("place-order").click()
    }

    const orderNumberOn = async (page: Page) => Number((await page.getByTestId("order-number").textContent({ timeout: 60_000 }))!.replace(/\D/g, ""))

    const orderByNumber = async (displayId: number) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "total", "metadata", "business_unit.id"], filters: { display_id: displayId } as any })
      return data[0] as any
    }

    /** A second café for Acme Berlin (Tuesdays and Thursdays 07:00–09:00), added through the admin API unless a journey added it already. */
    const secondCafe = async (): Promise<string> => {
      const unit = demo.business.units.acmeBerlin
      const { data } = await api.get(`/admin/business-units/${unit.id}/addresses`, admin)
      const found = (data.addresses as any[]).find((a) => a.label === "Café Kreuzberg")
      if (found) return found.id
      const added = await api.post(
        `/admin/business-units/${unit.id}/addresses`,
        { label: "Café Kreuzberg", first_name: "Bea", last_name: "Buyer", address_1: "Oranienstraße 180", city: "Berlin", postal_code: "10999", country_code: "de" },
        admin
      )
      const windows = [2, 4].map((weekday) => ({ weekday, from: "07:00", to: "09:00" }))
      await api.post(`/admin/business-units/${unit.id}/receiving-profiles/${added.data.address.id}`, { windows, accepts_pallets: false }, admin)
      return added.data.address.id
    }

    /** Waits until a delivery's date select shows a chosen date (the earliest allowed, once the dates load) and answers it. */
    const chosenDate = async (page: Page, testId: string): Promise<string> => {
      await page.getByTestId(testId).locator('option:not([value=""])').first().waitFor({ state: "attached" })
      await page.getByTestId(testId).locator('option[value=""]').waitFor({ state: "detached" })
      return page.getByTestId(testId).inputValue()
    }

    it("shows an associate the company's negotiated price, and another company its own", async () => {
      const bea = await loggedIn("acme-buyer")
      await bea.getByTestId("price-SUP-OAT-1L").waitFor()
      expect(await bea.getByTestId("price-SUP-OAT-1L").textContent()).toContain("€2.50")
      // Wholesale prices are net.
      expect(await bea.getByTestId("product-card").filter({ hasText: "SUP-OAT-1L" }).getByTestId("price-tax-note").first().textContent()).toBe("excl. VAT")
      expect(await bea.getByTestId("active-unit").textContent()).toContain("Acme Cafés Berlin")
      await screenshot(bea, "b2b-catalog-company-prices")

      const globex = await loggedIn("globex-buyer")
      await globex.getByTestId("price-SUP-OAT-1L").waitFor()
      expect(await globex.getByTestId("price-SUP-OAT-1L").textContent()).toContain("€2.75")
    })

    it("opens a product from the catalog in one backend request, with the company's price breaks, stock and quantity rule", async () => {
      const bea = await loggedIn("acme-buyer")
      const card = bea.getByTestId("product-card").filter({ hasText: "Vanilla Syrup 700 ml" })
      await card.waitFor()
      const requests = await backendRequestsDuring(bea, backendUrlOf(api), async () => {
        await card.getByTestId("product-link").click()
        await bea.getByTestId("tiers-SUP-SYR-VAN").waitFor()
      })
      expect(requests).toEqual(["GET /store/views/product/vanilla-syrup-700"])
      // The Wholesale price book's breaks (from 1, 10 and 50), the rule "6–120 in steps of 6" and stock.
      const rows = await bea.getByTestId("tiers-SUP-SYR-VAN").locator("tbody tr").allTextContents()
      expect(rows).toEqual(["1–9€8.20", "10–49€7.90", "50+€7.50"])
      expect(await bea.getByTestId("price-SUP-SYR-VAN").textContent()).toContain("€8.20")
      await bea.getByText("Order 6–120, in steps of 6").waitFor()
      expect(await bea.getByTestId("stock-SUP-SYR-VAN").textContent()).toMatch(/^\d+ in stock$/)
      await screenshot(bea, "b2b-product-page")

      // Ordering from the product page goes through the same cart rules as the catalog.
      await bea.getByLabel("Quantity of SUP-SYR-VAN").fill("12")
      await bea.getByTestId("add-SUP-SYR-VAN").click()
      await bea.getByText("12 added to cart").waitFor()
    })

    it("orders from a CSV and an XLSX in one request each, fixes a refused row in the report, and reorders the order", async () => {
      const page = await loggedIn("acme-buyer")
      await page.goto(`${storefronts.b2b}/quick-order`)
      await page.getByTestId("csv-upload").setInputFiles({
        name: "order.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("sku;quantity\nSUP-OAT-1L;4\nNOPE-404;2\nSUP-SYR-VAN;12\n"),
      })
      await page.getByText("2 added, 1 refused.").waitFor()
      const results = page.getByTestId("quick-order-result")
      expect(await results.count()).toBe(3)
      const refused = page.locator('[data-testid="quick-order-result"][data-status="refused"]')
      expect(await refused.getAttribute("data-code")).toBe("unknown_sku")
      expect(await refused.textContent()).toMatch(/no product has this SKU/)
      await screenshot(page, "b2b-quick-order-csv-report")

      // The buyer corrects the SKU in the report and sends that row again.
      await page.getByTestId("fix-sku-2").fill("COF-ESP-CASE6")
      await page.getByTestId("fix-quantity-2").fill("1")
      await page.getByTestId("resubmit-refused").click()
      await page.getByText("1 added, 0 refused.").waitFor()

      const workbook = new ExcelJS.Workbook()
      workbook.addWorksheet("Order").addRows([["SKU", "Qty"], ["TEA-BRK-1000", 2], ["CUP-LID-1000", 1]])
      await page.getByTestId("csv-upload").setInputFiles({
        name: "order.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      })
      await page.getByText("1 added, 1 refused.").waitFor()
      expect(await page.locator('[data-testid="quick-order-result"][data-status="refused"]').getAttribute("data-code")).toBe("quantity_rule")

      await page.goto(`${storefronts.b2b}/cart`)
      await page.getByTestId("cart-line").nth(3).waitFor()
      expect(await page.getByTestId("cart-line").count()).toBe(4)
      await placeOrderAt(page, "pp_system_default")
      const order = await orderByNumber(await orderNumberOn(page))

      // Last week's order, again: from the order list into a fresh cart, the report on the cart page.
      await page.goto(`${storefronts.b2b}/orders`)
      await page.getByTestId(`reorder-${order.id}`).click()
      await page.getByTestId("bulk-report").waitFor()
      expect(await page.getByText("4 added, 0 refused.").count()).toBe(1)
      await page.getByTestId("cart-line").nth(3).waitFor()
      expect(await page.getByTestId("cart-line").count()).toBe(4)
      await screenshot(page, "b2b-reorder-into-cart")
    })

    it("checks out on net terms, showing the credit available, and the order gets its invoice", async () => {
      const page = await loggedIn("acme-buyer")
      await addFromCatalog(page, "SUP-OAT-1L", 6)
      await page.goto(`${storefronts.b2b}/checkout`)
      await page.getByTestId("credit-available").waitFor()
      expect(await page.getByTestId("credit-available").textContent()).toMatch(/€10,000\.00/)
      await placeOrderAt(page, "pp_net-terms_net-terms", "PO-BROWSER-1")
      const order = await orderByNumber(await orderNumberOn(page))
      await screenshot(page, "b2b-net-terms-order-placed")
      expect(order.metadata).toMatchObject({ po_number: "PO-BROWSER-1", delivery_instructions: "Deliver to the back entrance" })
      const [invoice] = await (getContainer().resolve(NET_TERMS_MODULE) as NetTermsModuleService).listInvoices({ order_id: order.id })
      expect(invoice).toMatchObject({ po_number: "PO-BROWSER-1", status: "open", terms: "net_30" })

      // The confirmation and the order page read the PO from the backend. The buyer's role does
      // not show invoices, so the page says so; a role that does sees the invoice and its PDF.
      expect(await page.getByTestId("order-po-number").textContent()).toBe("PO-BROWSER-1")
      await page.goto(`${storefronts.b2b}/orders/${order.id}`)
      await page.locator('[data-testid="order-invoice"][data-state="withheld"]').waitFor()
      expect(await page.getByTestId("order-po").textContent()).toBe("PO-BROWSER-1")
      expect(await page.getByTestId("order-delivery-instructions").textContent()).toContain("Deliver to the back entrance")
      await page.getByTestId("approval-none").waitFor()

      const companyAdmin = await loggedIn("acme-admin")
      await companyAdmin.goto(`${storefronts.b2b}/orders/${order.id}`)
      await companyAdmin.getByTestId("order-invoice-number").waitFor()
      expect(await companyAdmin.getByTestId("order-invoice-number").textContent()).toBe(invoice.number)
      expect(await companyAdmin.getByTestId("order-invoice-status").getAttribute("data-status")).toBe("open")
      expect(await companyAdmin.getByTestId("order-po").textContent()).toBe("PO-BROWSER-1")
      const [pdf] = await Promise.all([companyAdmin.waitForEvent("download"), companyAdmin.getByTestId("invoice-pdf").click()])
      expect(pdf.suggestedFilename()).toBe(`${invoice.number}.pdf`)
      await screenshot(companyAdmin, "b2b-order-page-invoice")
    })

    it("sends an order above the threshold for approval, the approvers approve it in their own sessions, then it is placed", async () => {
      const bea = await loggedIn("acme-buyer")
      await addFromCatalog(bea, "COF-ESP-CASE6", 4)
      await placeOrderAt(bea, "pp_net-terms_net-terms")
      await bea.getByText(/Approval needed before ordering/).waitFor()
      await bea.getByTestId("submit-approval").click()
      await bea.getByTestId("waiting-approval").waitFor()

      await approveInTurn("540", "b2b-approval-by")

      await bea.goto(`${storefronts.b2b}/checkout`)
      await bea.getByTestId("place-order").click()
      const order = await orderByNumber(await orderNumberOn(bea))
      expect(Number(order.total)).toBeGreaterThanOrEqual(540)
      await screenshot(bea, "b2b-approved-order-placed")

      // The order's page shows who approved it, step by step.
      await bea.goto(`${storefronts.b2b}/orders/${order.id}`)
      await bea.locator('[data-testid="approval-request"][data-status="approved"]').waitFor()
      expect(await bea.getByTestId("approval-decision").allTextContents()).toEqual([
        expect.stringMatching(/Step 1: approved by acme-approver@example\.com/),
        expect.stringMatching(/Step 2: approved by acme-admin@example\.com/),
      ])
    })

    it("requests a quote from the cart, gets the merchant's offer and accepts it into an order", async () => {
      const bea = await loggedIn("acme-buyer")
      await addFromCatalog(bea, "SUP-OAT-1L", 12)
      await bea.goto(`${storefronts.b2b}/cart`)
      await bea.getByTestId("cart-line").first().waitFor()
      // The cart's net items, then the VAT on its own line before the total.
      const totals = bea.getByTestId("cart-totals")
      expect(await totals.getByTestId("price-tax-note").textContent()).toBe("excl. VAT")
      expect(await totals.getByTestId("tax-total").locator("dt").textContent()).toBe("VAT")
      await bea.getByTestId("request-quote").click()
      await bea.waitForURL(/\/quotes\/quo_/)
      const quoteId = bea.url().match(/quotes\/(quo_\w+)/)![1]

      const { data } = await api.get(`/admin/quotes/${quoteId}`, admin)
      const lines = data.quote.lines.map((l: any) => ({ id: l.id, unit_price: 2.2 }))
      expect((await api.post(`/admin/quotes/${quoteId}`, { lines, merchant_comment: "Volume price", valid_until: new Date(Date.now() + 7 * 86400_000).toISOString() }, admin)).status).toBe(200)
      const sent = await api.post(`/admin/quotes/${quoteId}/send`, { comment: "Valid for a week" }, { ...admin, validateStatus: () => true })
      expect([sent.status, sent.data.message]).toEqual([200, undefined])

      await bea.reload()
      await bea.getByTestId("accept-quote").click()
      await bea.getByTestId("quote-order").waitFor({ timeout: 60_000 })
      await screenshot(bea, "b2b-quote-accepted")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["items.unit_price", "metadata"], filters: { id: (await api.get(`/admin/quotes/${quoteId}`, admin)).data.quote.order_id } })
      expect((orders[0] as any).items.map((i: any) => Number(i.unit_price))).toEqual([2.2])
    })

    it("builds a shopping list from the catalog, and a colleague adds it to their cart from the Lists page", async () => {
      const name = "Weekly café restock"
      const page = await loggedIn("acme-buyer")
      await page.getByTestId("nav-lists").click()
      await page.getByTestId("lists-empty").waitFor()
      await page.getByTestId("new-list-name").fill(name)
      await page.getByTestId("create-list").click()
      await page.waitForURL(/\/lists\/\w+$/)
      await page.getByTestId("list-empty").waitFor()
      const listId = await page.getByTestId("shopping-list").getAttribute("data-list-id")

      // Two products from the catalog, each with the quantity typed in its row.
      await page.goto(`${storefronts.b2b}/`)
      for (const [sku, quantity] of [["SUP-OAT-1L", 6], ["SUP-SYR-VAN", 12]] as const) {
        await page.getByLabel(`Quantity of ${sku}`).fill(String(quantity))
        await page.getByTestId(`add-to-list-${sku}`).click()
        await page.getByTestId(`list-choice-${sku}`).locator(`option[value="${listId}"]`).waitFor({ state: "attached" })
        await page.getByTestId(`list-choice-${sku}`).selectOption(listId!)
        await page.getByTestId(`list-save-${sku}`).click()
        await page.getByTestId(`added-to-list-${sku}`).waitFor()
      }
      expect(await page.getByTestId("nav-cart").textContent()).toBe("Cart") // saved to the list, not to the cart
      await page.getByTestId("added-to-list-SUP-SYR-VAN").getByRole("link").click()
      await page.getByTestId("list-item").nth(1).waitFor()
      expect(await page.getByTestId("list-item").evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-sku"), (r.querySelector("input[name=item_quantity]") as HTMLInputElement).value]))).toEqual([
        ["SUP-OAT-1L", "6"],
        ["SUP-SYR-VAN", "12"],
      ])
      expect(await page.getByTestId("item-price").first().textContent()).toContain("€2.50") // the company's price
      await screenshot(page, "b2b-shopping-list-built")
      await page.getByTestId("logout").click()
      await page.waitForURL(/\/login/)

      // A colleague of the same unit (the company admin, whose role reaches the Berlin division) on the same browser.
      await page.locator('input[name="email"]').fill("acme-admin@example.com")
      await page.locator('input[name="password"]').fill("supersecret")
      await page.getByTestId("login-submit").click()
      await page.getByTestId("active-unit").waitFor()
      await page.getByTestId("unit-switcher").selectOption(demo.business.units.acmeBerlin.id)
      await page.getByTestId("active-unit").filter({ hasText: "Acme Cafés Berlin" }).waitFor()
      await page.getByTestId("nav-lists").click()
      const row = page.locator(`[data-testid="list-row"][data-list-id="${listId}"]`)
      await row.waitFor()
      expect(await row.getByTestId("list-item-count").textContent()).toBe("2")
      expect(await row.getByTestId("list-owner").textContent()).toBe("Bea Buyer")
      await row.getByTestId("list-link").click()
      await page.getByTestId("list-item").nth(1).waitFor()
      await page.getByTestId("list-add-all").click()
      await page.getByTestId("bulk-report").waitFor()
      expect(await page.getByTestId("bulk-summary").textContent()).toBe("2 added, 0 refused.")
      expect(await page.locator('[data-testid="quick-order-result"][data-status="added"]').count()).toBe(2)
      await screenshot(page, "b2b-shopping-list-into-cart")

      await page.getByTestId("nav-cart").click()
      await page.getByTestId("cart-line").nth(1).waitFor()
      expect(await page.getByTestId("cart-line").evaluateAll((lines) => lines.map((l) => l.getAttribute("data-sku")).sort())).toEqual(["SUP-OAT-1L", "SUP-SYR-VAN"])
    })

    it("makes the cart a weekly recurring order with a PO pattern, skips its next run, pauses and resumes it on the Schedules page", async () => {
      const tomorrow = addDays(todayUtc(), 1)
      const pattern = "PO-{gggg}-W{ww}-{n}"
      const page = await loggedIn("acme-buyer")
      await addFromCatalog(page, "SUP-OAT-1L", 6)
      await page.getByTestId("nav-cart").click()
      await page.getByTestId("cart-line").first().waitFor()
      await page.getByTestId("make-recurring").click()
      await page.getByTestId("recurring-form").waitFor()
      await page.getByTestId("schedule-name").fill("Weekly oat milk")
      // Every week, from tomorrow (UTC) on tomorrow's weekday: the form's defaults, checked as shown.
      expect(await page.getByTestId("frequency-kind").inputValue()).toBe("weeks")
      expect(await page.getByTestId("schedule-start").inputValue()).toBe(tomorrow)
      expect(await page.getByTestId(`weekday-${weekdayOf(tomorrow)}`).isChecked()).toBe(true)
      await page.getByTestId("schedule-po-pattern").fill(pattern)
      await page.getByTestId("po-example").waitFor()
      expect(await page.getByTestId("po-example").textContent()).toContain(poNumberFor(pattern, tomorrow, 1))
      expect(await page.getByTestId("preview-date").evaluateAll((chips) => chips.map((c) => c.getAttribute("data-date")))).toEqual([0, 7, 14, 21, 28].map((d) => addDays(tomorrow, d)))
      await page.getByTestId("schedule-address").locator("option", { hasText: "Café Mitte" }).waitFor({ state: "attached" })
      await page.locator('input[name="payment_provider"][value="pp_net-terms_net-terms"]').check()
      await page.getByTestId("create-recurring").click()
      await page.waitForURL(/\/schedules\/\w+$/)
      const schedule = page.getByTestId("schedule")
      await schedule.waitFor()
      const scheduleId = await schedule.getAttribute("data-schedule-id")
      expect(await schedule.getAttribute("data-status")).toBe("active")
      expect(await page.getByTestId("schedule-line").evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-sku"), (r.querySelector("input") as HTMLInputElement).value]))).toEqual([["SUP-OAT-1L", "6"]])
      expect(await page.getByTestId("upcoming-date").first().getAttribute("data-date")).toBe(tomorrow)

      // On the Schedules page, with the unit's other recurring orders.
      await page.getByTestId("nav-schedules").click()
      const row = page.locator(`[data-testid="schedule-row"][data-schedule-id="${scheduleId}"]`)
      await row.waitFor()
      expect(await row.getByTestId("list-owner").textContent()).toBe("You")
      expect(await row.getByTestId("schedule-status").getAttribute("data-status")).toBe("active")
      expect(await row.getByTestId("schedule-frequency").textContent()).toMatch(/^Every week on (Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/)
      expect(await row.getByTestId("schedule-next").getAttribute("data-date")).toBe(tomorrow)
      await row.getByTestId("schedule-link").click()

      // Skip the next run: it shows in the history as skipped by the buyer, and the next run is a week later.
      await page.getByTestId("schedule-skip").click()
      const skippedRun = page.locator(`[data-testid="schedule-run"][data-date="${tomorrow}"]`)
      await skippedRun.waitFor()
      expect(await skippedRun.getAttribute("data-status")).toBe("skipped")
      expect(await skippedRun.getAttribute("data-reason-code")).toBe("skipped_by_buyer")
      const nextWeek = addDays(tomorrow, 7)
      expect(await page.getByTestId("schedule-next").getAttribute("data-date")).toBe(nextWeek)
      expect(await page.getByTestId("upcoming-date").first().getAttribute("data-date")).toBe(nextWeek)

      // Pause: nothing is planned; resume: it runs again.
      await page.getByTestId("schedule-pause").click()
      await page.locator('[data-testid="schedule"][data-status="paused"]').waitFor()
      await page.getByTestId("upcoming-none").waitFor()
      await page.getByTestId("schedule-resume").click()
      await page.locator('[data-testid="schedule"][data-status="active"]').waitFor()
      await page.getByTestId("upcoming-date").first().waitFor()
      await screenshot(page, "b2b-recurring-order-skipped-paused-resumed")
      // The skipped date is never shown as one to order again: the first date to be ordered is next week's.
      expect(await page.locator('[data-testid="upcoming-date"]:not([data-skipped])').first().getAttribute("data-date")).toBe(nextWeek)
      expect(await page.locator(`[data-testid="schedule-run"][data-date="${tomorrow}"]`).getAttribute("data-status")).toBe("skipped")

      await page.getByTestId("nav-schedules").click()
      await row.waitFor()
      expect(await row.getByTestId("schedule-status").getAttribute("data-status")).toBe("active")
      expect(await row.getByTestId("schedule-last-run").getAttribute("data-status")).toBe("skipped")
    })

    it("takes an invite from the email to the portal: the newcomer registers, accepts and orders for the unit; the used link says so", async () => {
      const newcomer = `newcomer-${Date.now()}@example.com`
      const unit = demo.business.units.acmeBerlin
      const invited = await api.post(`/admin/business-units/${unit.id}/invites`, { email: newcomer, roles: [{ role: "buyer" }] }, admin)
      expect(invited.status).toBe(201)

      const email = await inbox.waitForEmail(newcomer, /invited to order for Acme Cafés Berlin/)
      expect(email.link).toMatch(new RegExp(`^${storefronts.b2b}/invite\\?token=`))
      expect(email.text).toContain(email.link)

      const page = await (await browser.newContext()).newPage()
      await page.goto(email.link!)
      await page.getByRole("heading", { name: "Join Acme Cafés Berlin" }).waitFor()
      expect(await page.locator('input[name="email"]').inputValue()).toBe(newcomer)
      await page.locator('input[name="first_name"]').fill("Nina")
      await page.locator('input[name="last_name"]').fill("Newcomer")
      await page.locator('input[name="password"]').fill("supersecret")
      await page.getByTestId("invite-register").click()
      await page.getByTestId("invite-accept").click()
      await page.getByTestId("active-unit").waitFor()
      expect(await page.getByTestId("active-unit").textContent()).toContain("Acme Cafés Berlin")
      await page.getByTestId("price-SUP-OAT-1L").waitFor()
      expect(await page.getByTestId("price-SUP-OAT-1L").textContent()).toContain("€2.50")
      await screenshot(page, "b2b-invite-accepted")

      // The link works once: opened again, it says it was used instead of offering to register.
      const again = await (await browser.newContext()).newPage()
      await again.goto(email.link!)
      await again.locator('[data-testid="invite-state"][data-state="used"]').waitFor()
    })

    it("orders one delivery to the unit's café on a requested date through the usual completion, and finds it on the Deliveries page", async () => {
      const bea = await loggedIn("acme-buyer")
      await addFromCatalog(bea, "SUP-OAT-1L", 6)
      await bea.goto(`${storefronts.b2b}/checkout`)
      // Café Mitte (the unit's default address) receives weekday mornings: the third date it may get, with its window.
      await bea.locator('[data-testid="deliver-to"]:has(input:checked)').filter({ hasText: "Café Mitte" }).waitFor()
      const picker = bea.getByTestId("delivery-date")
      await picker.locator('option:not([value=""])').nth(2).waitFor({ state: "attached" })
      const allowed = await picker.locator('option:not([value=""])').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
      await picker.selectOption(allowed[2])
      expect(await bea.getByTestId("delivery-date-window").textContent()).toContain("06:00–10:00")
      await bea.locator('input[name="payment_provider"][value="pp_system_default"]').check()
      await bea.getByTestId("place-order").click()
      const order = await orderByNumber(await orderNumberOn(bea))

      await bea.getByTestId("nav-deliveries").click()
      const row = bea.locator(`[data-testid="delivery-row"][data-order-id="${order.id}"]`)
      await row.waitFor()
      expect(await row.getByTestId("delivery-date").getAttribute("data-date")).toBe(allowed[2])
      expect(await row.getByTestId("delivery-address").textContent()).toContain("Café Mitte")
      // The order's page names the requested delivery and its window.
      await row.getByTestId("delivery-order").click()
      const requested = bea.getByTestId("order-requested-delivery")
      await requested.waitFor()
      expect(await requested.textContent()).toContain("06:00–10:00")
    })

    it("is told by the refusal's code that the requested date closed meanwhile, gets the dates again and orders for the next one", async () => {
      const bea = await loggedIn("acme-buyer")
      await addFromCatalog(bea, "SUP-OAT-1L", 6)
      await bea.goto(`${storefronts.b2b}/checkout`)
      const first = await chosenDate(bea, "delivery-date")

      // Meanwhile the merchant closes that day in the default calendar (restored afterwards).
      const calendar = ((await api.get("/admin/delivery-calendars", admin)).data.delivery_calendars as any[]).find((c) => c.shipping_option_id === null)
      const closedDates = calendar.closed_dates.map(({ date, note }: any) => ({ date, note: note ?? null }))
      await api.post(`/admin/delivery-calendars/${calendar.id}`, { closed_dates: [...closedDates, { date: first, note: "Stocktaking" }] }, admin)
      try {
        await bea.locator('input[name="payment_provider"][value="pp_system_default"]').check()
        await bea.getByTestId("place-order").click()
        const refusal = bea.getByTestId("delivery-refusal")
        await refusal.waitFor()
        expect(await refusal.getAttribute("data-code")).toBe("date_not_allowed")
        // The dates are read again: the closed day is gone, the next allowed one chosen.
        await bea.getByTestId("delivery-date").locator(`option[value="${first}"]`).waitFor({ state: "detached" })
        const next = await chosenDate(bea, "delivery-date")
        expect(next > first).toBe(true)
        await screenshot(bea, "b2b-checkout-date-refused")

        await bea.getByTestId("place-order").click()
        const order = await orderByNumber(await orderNumberOn(bea))
        await bea.getByTestId("nav-deliveries").click()
        const row = bea.locator(`[data-testid="delivery-row"][data-order-id="${order.id}"]`)
        await row.waitFor()
        expect(await row.getByTestId("delivery-date").getAttribute("data-date")).toBe(next)
      } finally {
        await api.post(`/admin/delivery-calendars/${calendar.id}`, { closed_dates: closedDates }, admin)
      }
    })

    it("picks a delivery date, splits the cart between two cafés, places it as two orders and finds both on the Deliveries page", async () => {
      // A second café for Acme Berlin (the seed gives Café Mitte, receiving weekday mornings).
      const unit = demo.business.units.acmeBerlin
      const added = await api.post(
        `/admin/business-units/${unit.id}/addresses`,
        { label: "Café Kreuzberg", first_name: "Bea", last_name: "Buyer", address_1: "Oranienstraße 180", city: "Berlin", postal_code: "10999", country_code: "de" },
        admin
      )
      expect(added.status).toBe(201)
      const kreuzberg = added.data.address.id as string

      // The company admin says when it receives, on the portal's Addresses page: Tuesdays and Thursdays 07:00–09:00.
      const ada = await loggedIn("acme-admin")
      await ada.getByTestId("unit-switcher").selectOption(unit.id)
      await ada.getByTestId("active-unit").filter({ hasText: "Acme Cafés Berlin" }).waitFor()
      await ada.getByTestId("nav-addresses").click()
      const card = ada.locator(`[data-testid="unit-address"][data-address-id="${kreuzberg}"]`)
      await card.getByTestId("receiving-profile-none").waitFor()
      await card.getByTestId("edit-receiving-profile").click()
      for (const [i, weekday] of [[0, "2"], [1, "4"]] as const) {
        await card.getByTestId("add-receiving-window").click()
        const row = card.getByTestId("receiving-window-row").nth(i)
        await row.locator('select[name="weekday"]').selectOption(weekday)
        await row.locator('input[name="from"]').fill("07:00")
        await row.locator('input[name="to"]').fill("09:00")
      }
      await card.locator('textarea[name="dock_instructions"]').fill("Courtyard gate, code 4711")
      await card.locator('input[name="site_contact_name"]').fill("Kai Kreuz")
      await card.getByTestId("save-receiving-profile").click()
      await card.getByTestId("receiving-windows").waitFor()
      expect(await card.locator('tr[data-weekday="2"] td').textContent()).toBe("07:00–09:00")
      expect(await card.locator('tr[data-weekday="4"] td').textContent()).toBe("07:00–09:00")
      expect(await card.locator('tr[data-weekday="1"] td').textContent()).toBe("closed for deliveries")
      expect(await card.getByTestId("receiving-dock").textContent()).toBe("Courtyard gate, code 4711")
      await screenshot(ada, "b2b-addresses-receiving-profile-edited")

      // The buyer sees both cafés and how they receive, without the form.
      const bea = await loggedIn("acme-buyer")
      await bea.getByTestId("nav-addresses").click()
      await bea.locator(`[data-testid="unit-address"][data-address-id="${kreuzberg}"]`).getByTestId("receiving-windows").waitFor()
      expect(await bea.getByTestId("receiving-profile").count()).toBe(2)
      expect(await bea.getByTestId("edit-receiving-profile").count()).toBe(0)

      await addFromCatalog(bea, "SUP-OAT-1L", 12)
      await addFromCatalog(bea, "SUP-SYR-VAN", 12)
      await bea.goto(`${storefronts.b2b}/checkout`)

      // One delivery first: the default café, a date among the allowed ones, with its receiving window.
      const chosenCafe = bea.locator('[data-testid="deliver-to"]:has(input:checked)')
      await chosenCafe.waitFor()
      const first = (await chosenCafe.getAttribute("data-address-id"))!
      const cafes = await bea.getByTestId("deliver-to").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-address-id")!))
      const second = cafes.find((id) => id !== first)!
      expect(second).toBeTruthy()
      const picker = bea.getByTestId("delivery-date")
      await picker.locator('option:not([value=""])').nth(1).waitFor({ state: "attached" })
      const allowed = await picker.locator('option:not([value=""])').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
      await picker.selectOption(allowed[1])
      await bea.getByTestId("delivery-date-window").waitFor()

      // Split: the first delivery keeps that café and date, the second goes to the other café; half of each line moves there.
      await bea.getByTestId("delivery-mode-split").click()
      expect(await bea.getByTestId("split-address-1").inputValue()).toBe(first)
      expect(await bea.getByTestId("split-date-1").inputValue()).toBe(allowed[1])
      await bea.getByTestId("split-address-2").selectOption(second)
      const secondDate = await chosenDate(bea, "split-date-2") // the earliest date Café Kreuzberg may get
      expect(secondDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      for (const sku of ["SUP-OAT-1L", "SUP-SYR-VAN"]) {
        await bea.getByTestId(`split-qty-${sku}-1`).fill("6")
        expect(await bea.getByTestId(`split-left-${sku}`).getAttribute("data-left")).toBe("6")
        await bea.getByTestId(`split-qty-${sku}-2`).fill("6")
        expect(await bea.getByTestId(`split-left-${sku}`).getAttribute("data-left")).toBe("0")
      }
      await bea.getByTestId("save-deliveries").click()
      await bea.getByTestId("plan-summary").waitFor()
      expect(await bea.getByTestId("plan-deliveries").textContent()).toBe("2")
      await screenshot(bea, "b2b-checkout-split-delivery")

      await bea.locator('input[name="payment_provider"][value="pp_system_default"]').check()
      await bea.getByTestId("place-order").click()
      await bea.getByTestId("placed-deliveries").waitFor({ timeout: 60_000 })
      const placed = await bea.getByTestId("placed-delivery").evaluateAll((rows) =>
        rows.map((r) => ({ order_id: r.getAttribute("data-order-id")!, date: r.querySelector("[data-date]")!.getAttribute("data-date") }))
      )
      expect(placed.map((p) => p.date)).toEqual([allowed[1], secondDate])
      expect(new Set(placed.map((p) => p.order_id)).size).toBe(2)
      await screenshot(bea, "b2b-split-deliveries-placed")

      // Two orders of the unit, one per café, each with half of every line.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "shipping_address.address_1", "items.variant_sku", "items.detail.quantity", "business_unit.id"],
        filters: { id: placed.map((p) => p.order_id) },
      })
      expect(orders).toHaveLength(2)
      for (const order of orders as any[]) {
        expect(order.business_unit?.id).toBe(demo.business.units.acmeBerlin.id)
        expect(order.items.map((i: any) => [i.variant_sku, Number(i.detail.quantity)]).sort()).toEqual([["SUP-OAT-1L", 6], ["SUP-SYR-VAN", 6]])
      }
      expect(new Set((orders as any[]).map((o) => o.shipping_address.address_1)).size).toBe(2)

      // The Deliveries page lists both, with their dates and links to the orders.
      await bea.getByTestId("nav-deliveries").click()
      for (const { order_id, date } of placed) {
        const row = bea.locator(`[data-testid="delivery-row"][data-order-id="${order_id}"]`)
        await row.waitFor()
        expect(await row.getByTestId("delivery-date").getAttribute("data-date")).toBe(date)
      }
      await screenshot(bea, "b2b-deliveries-page")
      await bea.locator(`[data-testid="delivery-row"][data-order-id="${placed[0].order_id}"]`).getByTestId("delivery-order").click()
      await bea.waitForURL(new RegExp(`/orders/${placed[0].order_id}$`))
    })

    it("sends a split checkout above the threshold for approval at its deliveries' total, and places it as two orders once approved", async () => {
      const kreuzberg = await secondCafe()
      const bea = await loggedIn("acme-buyer")
      await addFromCatalog(bea, "COF-ESP-CASE6", 4)
      await bea.goto(`${storefronts.b2b}/checkout`)
      await bea.getByTestId("delivery-mode-split").click()
      await bea.getByTestId("split-address-2").selectOption(kreuzberg)
      const dates = [await chosenDate(bea, "split-date-1"), await chosenDate(bea, "split-date-2")]
      await bea.getByTestId("split-qty-COF-ESP-CASE6-1").fill("2")
      await bea.getByTestId("split-qty-COF-ESP-CASE6-2").fill("2")
      await bea.locator('input[name="payment_provider"][value="pp_net-terms_net-terms"]').check()
      await bea.getByTestId("place-order").click()
      await bea.getByText(/Approval needed before ordering/).waitFor()
      await bea.getByTestId("submit-approval").click()
      await bea.getByTestId("waiting-approval").waitFor()

      // The approvers see the checkout's taxed total: four cases at 135 with 7 % VAT, and two
      // deliveries' shipping at 5.90 with 19 % (540 × 1.07 + 11.80 × 1.19 = 591.84).
      await approveInTurn("€591.84")

      // Approved: the checkout shows the split it was submitted with and places it as it is.
      await bea.goto(`${storefronts.b2b}/checkout`)
      await bea.locator('[data-testid="delivery-step"][data-mode="split"]').waitFor()
      expect(await bea.getByTestId("split-qty-COF-ESP-CASE6-2").isDisabled()).toBe(true)
      await bea.getByTestId("place-order").click()
      await bea.getByTestId("placed-deliveries").waitFor({ timeout: 60_000 })
      const placed = await bea.getByTestId("placed-delivery").evaluateAll((rows) =>
        rows.map((r) => ({ order_id: r.getAttribute("data-order-id")!, date: r.querySelector("[data-date]")!.getAttribute("data-date") }))
      )
      expect(placed.map((p) => p.date)).toEqual(dates)
      expect(new Set(placed.map((p) => p.order_id)).size).toBe(2)
      await screenshot(bea, "b2b-split-approved-placed")
    })

    it("hides the associates page from a buyer and shows it to the company admin", async () => {
      const bea = await loggedIn("acme-buyer")
      expect(await bea.getByTestId("nav-associates").count()).toBe(0)
      await bea.goto(`${storefronts.b2b}/associates`)
      await bea.getByTestId("forbidden").waitFor()
      await screenshot(bea, "b2b-buyer-no-associates")

      const ada = await loggedIn("acme-admin")
      await ada.getByTestId("nav-associates").click()
      await ada.getByText("acme-approver@example.com").first().waitFor()
    })
  },
})
