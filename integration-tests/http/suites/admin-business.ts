import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { as, businessService, customerToken } from "../../helpers/business-api"
import { Demo, variantIdBySku } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

export default httpSuite("admin-business", ({ api, getContainer }) => {
  let demo: Demo
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let acme: string
  let berlin: string
  let globex: string

  beforeAll(async () => {
    demo = seededDemo()
    admin = (await demoFixture(api, [])).admin
    acme = demo.business.units.acme.id
    berlin = demo.business.units.acmeBerlin.id
    globex = demo.business.units.globex.id
  })

  const anonymous = { validateStatus: () => true }

  describe("business units", () => {
    it("refuses every route without an admin login", async () => {
      const calls = [
        api.get("/admin/business-units", anonymous),
        api.post("/admin/business-units", { name: "Initech" }, anonymous),
        api.get(`/admin/business-units/${acme}`, anonymous),
        api.get("/admin/business-roles", anonymous),
      ]
      expect((await Promise.all(calls)).map((r) => r.status)).toEqual([401, 401, 401, 401])
      const store = await api.get(`/admin/business-units/${acme}`, as(await customerToken(api, "acme-admin@example.com"), demo.channels.wholesale.publishableKey))
      expect(store.status).toBe(401)
    })

    it("lists and filters units, and refuses a bad filter", async () => {
      const all = await api.get("/admin/business-units", admin)
      expect(all.data.count).toBe(3)
      const divisions = await api.get(`/admin/business-units?company_id=${acme}`, admin)
      expect(divisions.data.business_units.map((u: any) => u.name)).toEqual(["Acme Cafés Berlin"])
      const search = await api.get("/admin/business-units?q=globex", admin)
      expect(search.data.business_units.map((u: any) => u.id)).toEqual([globex])
      const bad = await api.get("/admin/business-units?limit=1000", admin)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/limit/)
    })

    it("creates a company with its own customer group, and a division below it", async () => {
      const company = await api.post("/admin/business-units", { name: "Initech", currency_code: "USD" }, admin)
      expect(company.status).toBe(201)
      expect(company.data.business_unit).toMatchObject({ name: "Initech", currency_code: "usd", parent_id: null })
      const division = await api.post("/admin/business-units", { name: "Initech Austin", parent_id: company.data.business_unit.id }, admin)
      expect(division.data.business_unit.company_id).toBe(company.data.business_unit.id)
      const detail = await api.get(`/admin/business-units/${company.data.business_unit.id}`, admin)
      expect(detail.data.business_unit.customer_group.id).toMatch(/^cusgroup_/)
      expect(detail.data.business_unit.divisions.map((d: any) => d.name)).toEqual(["Initech Austin"])
    })

    it("answers bad input with 400 and writes nothing", async () => {
      const cases: [string, object, RegExp][] = [
        ["/admin/business-units", {}, /name/],
        ["/admin/business-units", { name: "X", owner: "me" }, /owner|unrecognized/i],
        ["/admin/business-units", { name: "X", parent_id: "bu_missing" }, /was not found/],
        [`/admin/business-units/${acme}`, { status: "closed" }, /status/],
        [`/admin/business-units/${acme}/associates`, { customer_id: "cus_missing", roles: [{ role: "buyer" }] }, /was not found/],
        [`/admin/business-units/${acme}/associates`, { customer_id: "cus_x", roles: [{ role: "emperor" }] }, /Unknown role/],
      ]
      for (const [path, body, message] of cases) {
        const res = await api.post(path, body, admin)
        expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true])
        expect(res.data.message).toMatch(message)
      }
      expect((await api.get("/admin/business-units", admin)).data.count).toBe(3)
    })

    it("deactivates a unit, and deletes only a unit without divisions or associates", async () => {
      const off = await api.post(`/admin/business-units/${globex}`, { status: "inactive" }, admin)
      expect(off.data.business_unit.status).toBe("inactive")
      const withDivisions = await api.delete(`/admin/business-units/${acme}`, admin)
      expect(withDivisions.status).toBe(400)
      expect(withDivisions.data.message).toMatch(/divisions/)
      const withAssociates = await api.delete(`/admin/business-units/${berlin}`, admin)
      expect(withAssociates.status).toBe(400)
      const empty = await api.post("/admin/business-units", { name: "Short-lived" }, admin)
      const gone = await api.delete(`/admin/business-units/${empty.data.business_unit.id}`, admin)
      expect(gone.data).toMatchObject({ deleted: true })
      expect((await api.get(`/admin/business-units/${empty.data.business_unit.id}`, admin)).status).toBe(404)
    })
  })

  describe("associates", () => {
    it("adds an existing customer, changes roles, and removes them; keeps the last admin", async () => {
      const customer = (await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "shopper@example.com" }))[0]
      const added = await api.post(`/admin/business-units/${globex}/associates`, { customer_id: customer.id, roles: [{ role: "viewer" }] }, admin)
      expect(added.status).toBe(201)
      const id = added.data.associate.id
      const twice = await api.post(`/admin/business-units/${globex}/associates`, { customer_id: customer.id, roles: [{ role: "viewer" }] }, admin)
      expect(twice.status).toBe(422)
      const changed = await api.post(`/admin/business-units/${globex}/associates/${id}`, { roles: [{ role: "finance", inherit: true }] }, admin)
      expect(changed.data.associate.roles).toEqual([{ role: "finance", inherit: true }])
      const wrongUnit = await api.delete(`/admin/business-units/${acme}/associates/${id}`, admin)
      expect(wrongUnit.status).toBe(404)
      expect((await api.delete(`/admin/business-units/${globex}/associates/${id}`, admin)).status).toBe(200)

      const [globexAdmin] = await businessService(getContainer()).listBusinessAssociates({ email: "globex-admin@example.com" })
      const last = await api.delete(`/admin/business-units/${globex}/associates/${globexAdmin.id}`, admin)
      expect(last.status).toBe(400)
      expect(last.data.message).toMatch(/last admin/)
    })

    it("invites an email on the merchant's behalf", async () => {
      const res = await api.post(`/admin/business-units/${acme}/invites`, { email: "Buyer.Two@Example.com", roles: [{ role: "buyer" }] }, admin)
      expect(res.status).toBe(201)
      expect(res.data.invite).toMatchObject({ email: "buyer.two@example.com", status: "pending" })
    })

    it("invites a customer who already has an account as the store route does: pending until they accept it", async () => {
      const service = businessService(getContainer())
      const res = await api.post(`/admin/business-units/${acme}/invites`, { email: "shopper@example.com", roles: [{ role: "buyer", inherit: false }] }, admin)
      expect(res.status).toBe(201)
      expect(res.data).toEqual({ invite: expect.objectContaining({ email: "shopper@example.com", status: "pending", accepted_at: null }) })
      expect(await service.listBusinessAssociates({ email: "shopper@example.com" })).toEqual([])
      const detail = await api.get(`/admin/business-units/${acme}`, admin)
      expect(detail.data.business_unit.associates.map((a: any) => a.email)).not.toContain("shopper@example.com")

      // The token as the merchant's notification list shows it (the browser test reads it so too).
      let message: any
      for (let i = 0; i < 50 && !message; i++) {
        ;[message] = (await api.get("/admin/notifications?to=shopper@example.com", admin)).data.notifications
        if (!message) await new Promise((r) => setTimeout(r, 100))
      }
      expect(message).toMatchObject({ template: "business-invite" })
      const token = new URL(message.data.accept_url).searchParams.get("token")
      const wholesale = demo.channels.wholesale.publishableKey
      const intruder = await api.post("/store/business/invites/accept", { token }, as(await customerToken(api, "globex-buyer@example.com"), wholesale))
      expect(intruder.status).toBe(400)
      expect(await service.listBusinessAssociates({ business_unit_id: acme, email: "globex-buyer@example.com" })).toEqual([])

      const accepted = await api.post("/store/business/invites/accept", { token }, as(await customerToken(api, "shopper@example.com"), wholesale))
      expect(accepted.status).toBe(200)
      expect(accepted.data.associate).toMatchObject({ business_unit_id: acme, email: "shopper@example.com", roles: [{ role: "buyer", inherit: false }] })
      expect(await service.listBusinessAssociates({ email: "shopper@example.com" })).toHaveLength(1)
    })
  })

  describe("merchant roles", () => {
    it("lists built-in roles and permissions, creates, updates and deletes a merchant role", async () => {
      const list = await api.get("/admin/business-roles", admin)
      expect(list.data.roles.filter((r: any) => r.built_in).map((r: any) => r.handle)).toEqual(["admin", "buyer", "approver", "finance", "viewer"])
      expect(list.data.permissions).toContain("orders.approve")
      const created = await api.post("/admin/business-roles", { handle: "purchasing-lead", name: "Purchasing lead", permissions: ["orders.place_others", "carts.view_others"] }, admin)
      expect(created.status).toBe(201)
      const id = created.data.role.id
      const updated = await api.post(`/admin/business-roles/${id}`, { permissions: ["orders.place_others"] }, admin)
      expect(updated.data.role.permissions).toEqual(["orders.place_others"])
      expect((await api.delete(`/admin/business-roles/${id}`, admin)).status).toBe(200)
    })

    it("refuses built-in or taken handles, unknown permissions, and deleting a role in use", async () => {
      const builtIn = await api.post("/admin/business-roles", { handle: "admin", name: "Admin", permissions: ["orders.approve"] }, admin)
      expect(builtIn.status).toBe(400)
      expect(builtIn.data.message).toMatch(/built-in/)
      const unknown = await api.post("/admin/business-roles", { handle: "x-role", name: "X", permissions: ["fly"] }, admin)
      expect(unknown.status).toBe(400)
      const role = await api.post("/admin/business-roles", { handle: "clerk", name: "Clerk", permissions: ["carts.view_own"] }, admin)
      const taken = await api.post("/admin/business-roles", { handle: "clerk", name: "Clerk 2", permissions: ["carts.view_own"] }, admin)
      expect(taken.status).toBe(422)
      const [buyer] = await businessService(getContainer()).listBusinessAssociates({ email: "globex-buyer@example.com" })
      await api.post(`/admin/business-units/${globex}/associates/${buyer.id}`, { roles: [{ role: "clerk" }] }, admin)
      const inUse = await api.delete(`/admin/business-roles/${role.data.role.id}`, admin)
      expect(inUse.status).toBe(400)
      expect(inUse.data.message).toMatch(/held by 1 associate/)
    })
  })

  describe("company pricing", () => {
    it("makes a price list a company's negotiated prices on the Wholesale channel only", async () => {
      const variantId = await variantIdBySku(getContainer(), "SUP-OAT-1L")
      const priceList = await api.post(
        "/admin/price-lists",
        { title: "Globex agreement", description: "Globex", status: "active", prices: [{ variant_id: variantId, currency_code: "eur", amount: 2.2 }] },
        admin
      )
      expect(priceList.status).toBe(200)
      const set = await api.post(`/admin/business-units/${globex}/price-list`, { price_list_id: priceList.data.price_list.id }, admin)
      expect(set.status).toBe(200)
      const missing = await api.post(`/admin/business-units/${globex}/price-list`, { price_list_id: "plist_missing" }, admin)
      expect(missing.status).toBe(404)

      const token = await customerToken(api, "globex-buyer@example.com")
      const price = async (key: string) => {
        const res = await api.get(
          `/store/products?handle=oat-barista-drink&region_id=${demo.regions.eu.id}&fields=variants.calculated_price.calculated_amount`,
          as(token, key)
        )
        return res.data.products[0].variants[0].calculated_price.calculated_amount
      }
      expect(await price(demo.channels.wholesale.publishableKey)).toBe(2.2)
      expect(await price(demo.channels.retail.publishableKey)).toBe(2.9)
    })

    it("moves a unit and its associates to another customer group", async () => {
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [group] = await customers.createCustomerGroups([{ name: "Globex key account" }])
      const res = await api.post(`/admin/business-units/${globex}/customer-group`, { customer_group_id: group.id }, admin)
      expect(res.status).toBe(200)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer_group", fields: ["customers.email"], filters: { id: group.id } })
      expect(data[0].customers!.map((c: any) => c.email).sort()).toEqual(["globex-admin@example.com", "globex-buyer@example.com"])
      const unknown = await api.post(`/admin/business-units/${globex}/customer-group`, { customer_group_id: "cusgroup_missing" }, admin)
      expect(unknown.status).toBe(404)
    })
  })
})
