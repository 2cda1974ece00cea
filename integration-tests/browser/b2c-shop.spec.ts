import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Browser } from "playwright-core"
import { backendRequestsDuring, backendUrlOf, launchChromium, screenshot, startStorefronts } from "../helpers/browser"
import { useDevInbox } from "../helpers/dev-inbox"
import { seedDemoData } from "../../src/scripts/seed"
import { completeCart, Demo, prepareCheckout, variantIdBySku } from "../helpers/store-api"

jest.setTimeout(240_000)

// Every message of this spec goes through the SMTP provider into a development inbox.
const inbox = useDevInbox()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let demo: Demo
    let browser: Browser
    let storefronts: Awaited<ReturnType<typeof startStorefronts>>

    beforeAll(async () => {
      demo = await seedDemoData(getContainer())
      storefronts = await startStorefronts(backendUrlOf(api), {
        retail: demo.channels.retail.publishableKey,
        wholesale: demo.channels.wholesale.publishableKey,
      })
      browser = await launchChromium()
    })

    afterAll(async () => {
      await browser?.close()
      await storefronts?.close()
    })

    it("lets a guest browse, add to cart, check out and see the order number", async () => {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`${storefronts.b2c}/`)
      await page.getByTestId("product-card").first().waitFor()

      await page.getByTestId("search-input").fill("Cold Brew")
      // The search's own listing request answers before the product page's requests are counted.
      await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === "/store/views/catalog" && new URL(response.url()).search.includes("Cold")),
        page.getByTestId("search-input").press("Enter"),
      ])
      // The product page's data is one backend request: the product view.
      const requests = await backendRequestsDuring(page, backendUrlOf(api), async () => {
        await page.getByTestId("product-card").filter({ hasText: "Cold Brew Concentrate" }).click()
        await page.getByRole("heading", { name: "Cold Brew Concentrate 1 L" }).waitFor()
      })
      expect(requests).toEqual([expect.stringMatching(/^GET \/store\/views\/product\/[^/]+$/)])
      await expectText(page.getByTestId("product-price"), /€12\.00/)
      // Consumer prices in euros are gross: the VAT is in them.
      await expectText(page.getByTestId("product-price").getByTestId("price-tax-note"), /^incl\. VAT$/)
      await expectText(page.getByTestId("availability"), /In stock/)
      await page.getByTestId("add-to-cart").click()
      await page.getByTestId("added-notice").waitFor()

      await page.goto(`${storefronts.b2c}/cart`)
      await page.getByTestId("cart-line").filter({ hasText: "Cold Brew Concentrate" }).waitFor()
      await expectText(page.getByTestId("tax-total"), /^incl\. VAT/)
      await page.getByTestId("checkout-link").click()

      await page.locator('input[name="email"]').fill("guest-journey@example.com")
      await page.locator('input[name="first_name"]').fill("Grace")
      await page.locator('input[name="last_name"]').fill("Guest")
      await page.locator('input[name="address_1"]').fill("Kastanienallee 5")
      await page.locator('input[name="city"]').fill("Berlin")
      await page.locator('input[name="postal_code"]').fill("10435")
      await page.locator('select[name="country_code"]').selectOption("de")
      const next = page.getByRole("button", { name: /continue/i })
      if (await next.count()) await next.first().click()
      await page.locator('input[name="shipping_option"]').first().check()
      await page.getByTestId("place-order").click()

      const number = (await page.getByTestId("order-number").textContent({ timeout: 60_000 }))!.replace(/\D/g, "")
      await screenshot(page, "b2c-guest-checkout-confirmation")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["email", "sales_channel_id", "items.product_title"], filters: { display_id: Number(number) } as any })
      expect(data).toEqual([
        expect.objectContaining({ email: "guest-journey@example.com", sales_channel_id: demo.channels.retail.id, items: [expect.objectContaining({ product_title: "Cold Brew Concentrate 1 L" })] }),
      ])
    })

    it("lets a customer order a past order again from the account page", async () => {
      // A past order of the demo shopper, placed through the store API.
      const { data: login } = await api.post("/auth/customer/emailpass", demo.accounts.customer)
      const asShopper = { headers: { "x-publishable-api-key": demo.channels.retail.publishableKey, authorization: `Bearer ${login.token}` } }
      const cartId = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, asShopper)).data.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantIdBySku(getContainer(), "COF-CB-1L"), quantity: 3 }, asShopper)
      await prepareCheckout(api, demo.channels.retail.publishableKey, cartId, login.token)
      const placed = await completeCart(api, demo.channels.retail.publishableKey, cartId, login.token)
      expect(placed.data.type).toBe("order")

      const page = await (await browser.newContext()).newPage()
      await page.goto(`${storefronts.b2c}/account`)
      await page.locator('input[name="email"]').fill(demo.accounts.customer.email)
      await page.locator('input[name="password"]').fill(demo.accounts.customer.password)
      await page.getByTestId("login-submit").click()
      await page.getByTestId(`reorder-${placed.data.order.id}`).click()
      await page.getByTestId("reorder-notice").waitFor()
      await expectText(page.getByTestId("reorder-notice"), /1 line of your past order added/)
      await page.getByTestId("cart-line").filter({ hasText: "Cold Brew Concentrate" }).waitFor()
      await screenshot(page, "b2c-order-again")
    })

    it("lets a guest heart a product, sign up, and move the wish list into the cart", async () => {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`${storefronts.b2c}/products/pour-over-dripper`)
      await page.getByRole("heading", { name: "Ceramic Pour-Over Dripper" }).waitFor()
      await page.getByTestId("variant-select").selectOption({ label: "Black" })
      const heart = page.getByTestId("wish-heart")
      expect(await heart.getAttribute("data-saved")).toBe("false")

      // A guest's heart leads to signing in; registering brings them back with the variant saved.
      await heart.click()
      await page.getByTestId("wish-list-sign-in-reason").waitFor()
      await page.locator('input[name="first_name"]').fill("Wendy")
      await page.locator('input[name="last_name"]').fill("Wisher")
      await page.locator('input[name="register_email"]').fill(`wish-list-${Date.now()}@example.com`)
      await page.locator('input[name="register_password"]').fill("supersecret")
      await page.getByTestId("register-submit").click()
      await page.waitForURL(/\/products\/pour-over-dripper\?variant=/)
      await page.locator('[data-testid="wish-heart"][data-saved="true"]').waitFor()
      expect(await page.getByTestId("variant-select").inputValue()).toBe(await variantIdBySku(getContainer(), "GEAR-DRIP-BLK"))
      await expectText(page.getByTestId("wish-list-count"), /^1$/)

      await page.getByTestId("wish-list-link").click()
      const item = page.getByTestId("wish-item").filter({ hasText: "Ceramic Pour-Over Dripper" })
      await item.waitFor()
      await expectText(item.getByTestId("wish-item-variant"), /Black/)
      await expectText(item.getByTestId("wish-item-price"), /€24\.00/)
      await expectText(item.getByTestId("wish-item-availability"), /In stock/)
      expect(await item.getAttribute("data-sold")).toBe("true")

      await page.getByTestId("wish-list-move-all").click()
      const notice = page.getByTestId("wish-move-notice")
      await notice.waitFor()
      expect(await notice.getAttribute("data-added")).toBe("1")
      expect(await notice.getAttribute("data-refused")).toBe("0")
      await page.getByTestId("wish-list-empty").waitFor()
      await expectText(page.getByTestId("wish-list-count"), /^0$/)
      await expectText(page.getByTestId("cart-count"), /^1$/)

      await page.getByTestId("wish-move-view-cart").click()
      const line = page.getByTestId("cart-line").filter({ hasText: "Ceramic Pour-Over Dripper" })
      await line.waitFor()
      await expectText(line.getByTestId("line-variant"), /Black/)
      await screenshot(page, "b2c-wish-list-moved-to-cart")

      // The list stays empty on a fresh load too (moved items left it on the server).
      await page.goto(`${storefronts.b2c}/wish-list`)
      await page.getByTestId("wish-list-empty").waitFor()
    })

    it("never shows a Wholesale-only product, neither in the listing nor by its URL", async () => {
      const page = await (await browser.newContext()).newPage()
      await page.goto(`${storefronts.b2c}/products?q=${encodeURIComponent("House Espresso")}`)
      await page.getByTestId("product-card").filter({ hasText: "House Espresso Beans" }).first().waitFor()
      expect(await page.getByTestId("product-card").filter({ hasText: "Case of 6" }).count()).toBe(0)
      expect(await page.getByTestId("product-card").filter({ hasText: "Pallet" }).count()).toBe(0)

      await page.goto(`${storefronts.b2c}/products/house-espresso-case`)
      await page.getByTestId("not-found").waitFor()
      expect(await page.getByTestId("add-to-cart").count()).toBe(0)
      await screenshot(page, "b2c-wholesale-product-not-found")
    })

    it("resets a forgotten password through the emailed link, and the new password logs in", async () => {
      // A shopper of their own: the demo shopper's password stays as the other journeys expect it.
      const email = `forgetful-${Date.now()}@example.com`
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: "old-password" })
      await api.post("/store/customers", { email, first_name: "Fred", last_name: "Forgetful" }, {
        headers: { authorization: `Bearer ${registered.data.token}`, "x-publishable-api-key": demo.channels.retail.publishableKey },
      })

      const page = await (await browser.newContext()).newPage()
      await page.goto(`${storefronts.b2c}/account`)
      await page.getByTestId("forgot-password").click()
      await page.getByTestId("reset-email").fill(email)
      await page.getByTestId("reset-request-submit").click()
      await page.getByTestId("reset-requested").waitFor()

      const message = await inbox.waitForEmail(email, /Reset your password/)
      expect(message.link).toMatch(new RegExp(`^${storefronts.b2c}/reset-password\\?token=`))
      await page.goto(message.link!)
      await page.getByTestId("reset-password").fill("new-password-1")
      await page.getByTestId("reset-password-confirm").fill("new-password-1")
      await page.getByTestId("reset-submit").click()
      await page.getByTestId("reset-done").waitFor()

      await page.goto(`${storefronts.b2c}/account`)
      await page.locator('input[name="email"]').fill(email)
      await page.locator('input[name="password"]').fill("new-password-1")
      await page.getByTestId("login-submit").click()
      await expectText(page.getByTestId("account-greeting"), /Hello, Fred Forgetful/)
      // The old password no longer works.
      const old = await api.post("/auth/customer/emailpass", { email, password: "old-password" }).catch((error) => error.response)
      expect(old.status).toBe(401)
      await screenshot(page, "b2c-password-reset")
    })
  },
})

async function expectText(locator: import("playwright-core").Locator, pattern: RegExp) {
  await locator.waitFor()
  expect(await locator.textContent()).toMatch(pattern)
}
