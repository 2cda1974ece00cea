import { as, associateWithRoles, BUSINESS_UNIT_HEADER, businessService, customerToken } from "../../helpers/business-api"
import { Demo } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

type Call = { method: "get" | "post" | "delete"; path: string; body?: object; permission: string | null }

export default httpSuite("business-access", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  const tokens: Record<string, string> = {}
  let acme: string
  let berlin: string
  let globex: string
  let approverAssociate: string
  let spareAssociate: string
  let address: string

  const send = (call: Call, options: object) =>
    call.method === "get"
      ? api.get(call.path, options)
      : call.method === "delete"
        ? api.delete(call.path, options)
        : api.post(call.path, call.body ?? {}, options)

  beforeAll(async () => {
    const container = getContainer()
    demo = seededDemo()
    wholesale = demo.channels.wholesale.publishableKey
    retail = demo.channels.retail.publishableKey
    acme = demo.business.units.acme.id
    berlin = demo.business.units.acmeBerlin.id
    globex = demo.business.units.globex.id
    // A merchant role that holds one harmless permission: "same unit, without the permission".
    await businessService(container).createBusinessRoles({ handle: "clerk", name: "Clerk", permissions: ["carts.view_own"] as any })
    await associateWithRoles(container, acme, "acme-clerk@example.com", [{ role: "clerk", inherit: true }])
    spareAssociate = (await associateWithRoles(container, acme, "acme-spare@example.com", [{ role: "viewer", inherit: false }])).id
    const [approver] = await businessService(container).listBusinessAssociates({ email: "acme-approver@example.com" })
    approverAssociate = approver.id
    address = (
      await businessService(container).saveUnitAddress(acme, {
        address_1: "Hafenstraße 1", city: "Hamburg", postal_code: "20457", country_code: "de",
      })
    ).id
    Object.assign(tokens, (await demoFixture(api, ["acme-admin", "acme-buyer", "acme-approver", "acme-clerk", "globex-admin", "shopper"])).tokens)
  })

  const unitRoutes = (): Call[] => {
    const unit = `/store/business/units/${acme}`
    return [
      { method: "get", path: unit, permission: null },
      { method: "post", path: unit, body: { phone: "+49 40 123" }, permission: "unit.update" },
      { method: "post", path: `${unit}/divisions`, body: { name: "Acme Cafés Hamburg" }, permission: "divisions.create" },
      { method: "get", path: `${unit}/associates`, permission: "associates.manage" },
      { method: "post", path: `${unit}/associates/${approverAssociate}`, body: { roles: [{ role: "approver", inherit: true }, { role: "finance", inherit: false }] }, permission: "associates.manage" },
      { method: "get", path: `${unit}/invites`, permission: "associates.manage" },
      { method: "post", path: `${unit}/invites`, body: { email: "newcomer@example.com", roles: [{ role: "buyer", inherit: false }] }, permission: "associates.manage" },
      { method: "get", path: `${unit}/addresses`, permission: null },
      { method: "post", path: `${unit}/addresses`, body: { address_1: "Torstraße 5", city: "Berlin", postal_code: "10119", country_code: "DE", is_default_shipping: true }, permission: "unit.update" },
      { method: "post", path: `${unit}/addresses/${address}`, body: { label: "Harbour warehouse" }, permission: "unit.update" },
      { method: "get", path: `${unit}/orders`, permission: "orders.view_own or orders.view_others" },
      { method: "delete", path: `${unit}/addresses/${address}`, permission: "unit.update" },
      { method: "delete", path: `${unit}/associates/${spareAssociate}`, permission: "associates.manage" },
    ]
  }

  const leaksNothing = (body: unknown) => {
    const text = JSON.stringify(body)
    expect(text).not.toContain("Acme Cafés")
    expect(text).not.toContain("acme-admin@example.com")
    expect(text).not.toContain("Hafenstraße")
  }

  // @medusajs/test-utils restores the database to its state after beforeAll before every
  // test, so each test sets up and checks its own changes.
  const assertAcmeUnchanged = async () => {
    const service = businessService(getContainer())
    const unit = await service.retrieveBusinessUnit(acme, { relations: ["addresses", "associates"] })
    expect(unit.phone).toBeNull()
    expect(unit.addresses.map((a: any) => [a.address_1, a.label])).toEqual([["Hafenstraße 1", null]])
    expect(unit.associates.map((a: any) => a.id)).toContain(spareAssociate)
    const [approver] = await service.listBusinessAssociates({ id: approverAssociate })
    expect(approver.roles).toEqual([{ role: "approver", inherit: true }])
    expect(await service.listBusinessInvites({ email: "newcomer@example.com" })).toEqual([])
    expect(await service.listBusinessUnits({ name: "Acme Cafés Hamburg" })).toEqual([])
  }

  describe("every unit route refuses whoever may not use it", () => {
    it("answers an associate of another company 404 and shows none of the unit's data", async () => {
      for (const call of unitRoutes()) {
        const res = await send(call, as(tokens["globex-admin"], wholesale))
        expect([call.path, res.status]).toEqual([call.path, 404])
        leaksNothing(res.data)
      }
      await assertAcmeUnchanged()
    })

    it("answers an associate of the same unit without the permission 403", async () => {
      for (const call of unitRoutes().filter((c) => c.permission)) {
        const res = await send(call, as(tokens["acme-clerk"], wholesale))
        expect([call.method, call.path, res.status]).toEqual([call.method, call.path, 403])
        expect(res.data.message).toMatch(/does not allow this/)
        expect(JSON.stringify(res.data)).not.toContain("Hafenstraße")
      }
      await assertAcmeUnchanged()
    })

    it("answers a plain B2C customer 404, anonymous 401 and the Retail key 403", async () => {
      for (const call of unitRoutes()) {
        const b2c = await send(call, as(tokens.shopper, wholesale))
        const anonymous = await send(call, as(null, wholesale))
        const retailKey = await send(call, as(tokens["acme-admin"], retail))
        expect([call.path, b2c.status, anonymous.status, retailKey.status]).toEqual([call.path, 404, 401, 403])
        expect(retailKey.data.message).toMatch(/only available through the Wholesale/)
        for (const res of [b2c, anonymous, retailKey]) leaksNothing(res.data)
      }
      await assertAcmeUnchanged()
    })
  })

  describe("the same routes for the roles that hold the permission", () => {
    it("succeeds for the company admin, each change made", async () => {
      for (const call of unitRoutes()) {
        const res = await send(call, as(tokens["acme-admin"], wholesale))
        expect([call.method, call.path, res.status]).toEqual([call.method, call.path, expect.any(Number)])
        expect(res.status).toBeLessThan(300)
      }
      const unit = await businessService(getContainer()).retrieveBusinessUnit(acme, { relations: ["addresses"] })
      expect(unit.phone).toBe("+49 40 123")
      expect(unit.addresses.map((a: any) => [a.address_1, a.country_code, a.is_default_shipping])).toEqual([["Torstraße 5", "de", true]])
      const [approver] = await businessService(getContainer()).listBusinessAssociates({ id: approverAssociate })
      expect(approver.roles).toEqual([{ role: "approver", inherit: true }, { role: "finance", inherit: false }])
      expect(await businessService(getContainer()).listBusinessAssociates({ id: spareAssociate })).toEqual([])
      const [invite] = await businessService(getContainer()).listBusinessInvites({ email: "newcomer@example.com" })
      expect(invite.status).toBe("pending")
      const [division] = await businessService(getContainer()).listBusinessUnits({ name: "Acme Cafés Hamburg" })
      expect(division).toMatchObject({ parent_id: acme, company_id: acme })
    })

    it("lets the company admin act in a division through the inherited role", async () => {
      const res = await api.get(`/store/business/units/${berlin}/associates`, as(tokens["acme-admin"], wholesale))
      expect(res.status).toBe(200)
      expect(res.data.associates.map((a: any) => a.email)).toEqual(["acme-buyer@example.com"])
    })

    it("lets any role read the unit and its addresses, and keeps a buyer out of the company above", async () => {
      const buyerOwn = await api.get(`/store/business/units/${berlin}`, as(tokens["acme-buyer"], wholesale))
      const buyerAbove = await api.get(`/store/business/units/${acme}`, as(tokens["acme-buyer"], wholesale))
      expect(buyerOwn.status).toBe(200)
      expect(buyerOwn.data.business_unit).toMatchObject({ id: berlin, kind: "division", my_roles: ["buyer"] })
      expect(buyerOwn.data.business_unit.my_permissions).not.toContain("associates.manage")
      expect(buyerAbove.status).toBe(404)
    })
  })

  describe("my units and the active business context", () => {
    it("lists a customer's units as a tree with their roles and permissions", async () => {
      const admin = await api.get("/store/business/units", as(tokens["acme-admin"], wholesale))
      expect(admin.status).toBe(200)
      expect(admin.data.business_units).toHaveLength(1)
      const [company] = admin.data.business_units
      expect(company).toMatchObject({ id: acme, kind: "company", my_roles: ["admin"], can_order: true })
      expect(company.divisions.map((d: any) => d.name)).toEqual(["Acme Cafés Berlin"])
      expect(company.divisions[0]).toMatchObject({ kind: "division", my_roles: ["admin"] })
      expect(company.addresses.map((a: any) => a.city)).toEqual(["Hamburg"])
      leaksNothing((await api.get("/store/business/units", as(tokens["globex-admin"], wholesale))).data)
    })

    it("gives a plain B2C customer no units at all", async () => {
      const res = await api.get("/store/business/units", as(tokens.shopper, wholesale))
      expect(res.status).toBe(200)
      expect(res.data.business_units).toEqual([])
    })

    it("takes the active unit from the header, defaults to a single unit, and refuses a unit not one's own", async () => {
      const single = await api.get("/store/business/context", as(tokens["acme-buyer"], wholesale))
      expect(single.data.context.business_unit.id).toBe(berlin)
      const several = await api.get("/store/business/context", as(tokens["acme-admin"], wholesale))
      expect(several.data.context.business_unit).toBeNull()
      expect(several.data.context.business_unit_ids.length).toBeGreaterThan(1)
      const chosen = await api.get("/store/business/context", as(tokens["acme-admin"], wholesale, { [BUSINESS_UNIT_HEADER]: berlin }))
      expect(chosen.data.context.business_unit).toMatchObject({ id: berlin, my_roles: ["admin"] })
      const foreign = await api.get("/store/business/context", as(tokens["acme-admin"], wholesale, { [BUSINESS_UNIT_HEADER]: globex }))
      expect(foreign.status).toBe(404)
      leaksNothing({ ...foreign.data, message: foreign.data.message.replace(globex, "") })
    })

    it("switches context only to a unit of one's own", async () => {
      const ok = await api.post("/store/business/context", { business_unit_id: berlin }, as(tokens["acme-admin"], wholesale))
      expect(ok.status).toBe(200)
      expect(ok.data.context.business_unit.id).toBe(berlin)
      const refused = await api.post("/store/business/context", { business_unit_id: acme }, as(tokens["globex-admin"], wholesale))
      expect(refused.status).toBe(404)
      const invalid = await api.post("/store/business/context", { unit: acme }, as(tokens["acme-admin"], wholesale))
      expect(invalid.status).toBe(400)
    })
  })

  describe("rules on associates and units", () => {
    it("refuses removing or demoting the company's last admin", async () => {
      const [admin] = await businessService(getContainer()).listBusinessAssociates({ email: "acme-admin@example.com" })
      const demote = await api.post(`/store/business/units/${acme}/associates/${admin.id}`, { roles: [{ role: "buyer", inherit: false }] }, as(tokens["acme-admin"], wholesale))
      const remove = await api.delete(`/store/business/units/${acme}/associates/${admin.id}`, as(tokens["acme-admin"], wholesale))
      expect([demote.status, remove.status]).toEqual([400, 400])
      expect(remove.data.message).toMatch(/last admin/)
      const [still] = await businessService(getContainer()).listBusinessAssociates({ id: admin.id })
      expect(still.roles).toEqual([{ role: "admin", inherit: true }])
    })

    it("does not let an associate manager grant rights they do not hold", async () => {
      const container = getContainer()
      await businessService(container).createBusinessRoles({
        handle: "team-lead", name: "Team lead", permissions: ["associates.manage", "carts.view_own", "carts.update_own"] as any,
      })
      await associateWithRoles(container, globex, "globex-lead@example.com", [{ role: "team-lead", inherit: false }])
      const lead = await customerToken(api, "globex-lead@example.com")
      const res = await api.post(`/store/business/units/${globex}/invites`, { email: "x@example.com", roles: [{ role: "admin", inherit: true }] }, as(lead, wholesale))
      expect(res.status).toBe(403)
      expect(res.data.message).toMatch(/cannot grant.*admin/)
    })

    it("nests divisions five levels deep and no deeper", async () => {
      let parent = berlin // level 2
      for (const name of ["Level 3", "Level 4", "Level 5"]) {
        const res = await api.post(`/store/business/units/${parent}/divisions`, { name }, as(tokens["acme-admin"], wholesale))
        expect(res.status).toBe(201)
        parent = res.data.business_unit.id
      }
      const tooDeep = await api.post(`/store/business/units/${parent}/divisions`, { name: "Level 6" }, as(tokens["acme-admin"], wholesale))
      expect(tooDeep.status).toBe(400)
      expect(tooDeep.data.message).toMatch(/at most 5 levels/)
    })

    it("answers bad input with 400 and a message, not a 500", async () => {
      const unit = `/store/business/units/${acme}`
      const cases: [string, object, RegExp][] = [
        [`${unit}/invites`, { email: "not-an-email", roles: [{ role: "buyer" }] }, /email/],
        [`${unit}/invites`, { email: "a@example.com", roles: [] }, /roles/],
        [`${unit}/invites`, { email: "a@example.com", roles: [{ role: "emperor" }] }, /Unknown role: emperor/],
        [`${unit}/addresses`, { city: "Berlin" }, /address_1/],
        [unit, { name: "" }, /name/],
        [unit, { owner: "me" }, /owner|unrecognized/i],
      ]
      for (const [path, body, message] of cases) {
        const res = await api.post(path, body, as(tokens["acme-admin"], wholesale))
        expect([path, res.status]).toEqual([path, 400])
        expect(res.data.message).toMatch(message)
      }
    })
  })
})
