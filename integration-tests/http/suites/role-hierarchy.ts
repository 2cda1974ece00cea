import { as, associateWithRoles, businessService, customerToken } from "../../helpers/business-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"

/**
 * The role hierarchy between associates (README, "Business units, associates and roles"): an
 * associate manager grants, changes and removes only what lies within their own rights, nobody
 * widens their own record, and a company keeps its last admin and its last associate manager.
 * Each refusal is shown next to the same kind of change made by someone entitled to it, and
 * leaves the database as it was.
 */
export default httpSuite("role-hierarchy", ({ api, getContainer }) => {
  let wholesale: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let tokens: Record<string, string>
  let acme: string
  let berlin: string
  let initech: string
  const ids: Record<string, string> = {}

  // "manager": may manage associates and shop for itself, nothing more.
  const MANAGER_PERMISSIONS = [
    "associates.manage", "carts.view_own", "carts.update_own", "orders.place_own", "orders.view_own", "quotes.request", "quotes.view_own", "quotes.respond_own",
    "shopping_lists.view", "shopping_lists.manage_own", "recurring_orders.view", "recurring_orders.manage_own",
  ]

  beforeAll(async () => {
    const container = getContainer()
    const fixture = await demoFixture(api, ["acme-admin"])
    ;({ wholesale, admin, tokens } = fixture)
    acme = fixture.demo.business.units.acme.id
    berlin = fixture.demo.business.units.acmeBerlin.id
    await businessService(container).createBusinessRoles({ handle: "manager", name: "Manager", permissions: MANAGER_PERMISSIONS as any })
    ids["acme-manager"] = (await associateWithRoles(container, acme, "acme-manager@example.com", [{ role: "manager", inherit: false }])).id
    ids["acme-trainee"] = (await associateWithRoles(container, acme, "acme-trainee@example.com", [{ role: "buyer", inherit: false }])).id
    // A company whose only associate manager is not an admin (set up so by the merchant).
    const company = await api.post("/admin/business-units", { name: "Initech" }, admin)
    initech = company.data.business_unit.id
    ids["initech-manager"] = (await associateWithRoles(container, initech, "initech-manager@example.com", [{ role: "manager", inherit: true }])).id
    ids["initech-buyer"] = (await associateWithRoles(container, initech, "initech-buyer@example.com", [{ role: "buyer", inherit: false }])).id
    for (const email of ["acme-admin", "acme-approver"]) {
      ids[email] = (await businessService(container).listBusinessAssociates({ email: `${email}@example.com` }))[0].id
    }
    for (const name of ["acme-manager", "initech-manager"]) tokens[name] = await customerToken(api, `${name}@example.com`)
  })

  const who = (name: string) => as(tokens[name], wholesale)
  const associateUrl = (unit: string, name: string) => `/store/business/units/${unit}/associates/${ids[name]}`
  const rolesOf = async (name: string) => (await businessService(getContainer()).listBusinessAssociates({ id: ids[name] }))[0]?.roles ?? null

  /** Every associate with its roles and every invite: what a refused request must leave as it was. */
  const snapshot = async () => {
    const service = businessService(getContainer())
    const associates = await service.listBusinessAssociates({}, { select: ["id", "business_unit_id", "roles"], take: null, order: { id: "ASC" } })
    const invites = await service.listBusinessInvites({}, { select: ["email", "roles"], take: null, order: { email: "ASC" } })
    return { associates: associates.map((a: any) => [a.id, a.business_unit_id, a.roles]), invites: invites.map((i: any) => [i.email, i.roles]) }
  }

  // @medusajs/test-utils restores the database to its state after beforeAll before every test.

  describe("within one's rights", () => {
    it("lets a manager invite, change and remove associates whose rights they hold", async () => {
      const invite = await api.post(`/store/business/units/${acme}/invites`, { email: "new-buyer@example.com", roles: [{ role: "buyer", inherit: false }] }, who("acme-manager"))
      expect(invite.status).toBe(201)
      const promote = await api.post(associateUrl(acme, "acme-trainee"), { roles: [{ role: "buyer", inherit: false }, { role: "manager", inherit: false }] }, who("acme-manager"))
      expect(promote.status).toBe(200)
      expect(await rolesOf("acme-trainee")).toEqual([{ role: "buyer", inherit: false }, { role: "manager", inherit: false }])
      const remove = await api.delete(associateUrl(acme, "acme-trainee"), who("acme-manager"))
      expect(remove.status).toBe(200)
      expect(await rolesOf("acme-trainee")).toBeNull()
      const [invited] = await businessService(getContainer()).listBusinessInvites({ email: "new-buyer@example.com" })
      expect(invited).toMatchObject({ status: "pending", roles: [{ role: "buyer", inherit: false }] })
    })

    it("lets a manager shrink their own record", async () => {
      const res = await api.post(associateUrl(acme, "acme-manager"), { roles: [{ role: "buyer", inherit: false }] }, who("acme-manager"))
      expect(res.status).toBe(200)
      expect(await rolesOf("acme-manager")).toEqual([{ role: "buyer", inherit: false }])
    })
  })

  describe("associates more powerful than the caller", () => {
    it("refuses a manager demoting or removing an admin, or touching an approver; the admin may do it all", async () => {
      const before = await snapshot()
      const refused = [
        await api.post(associateUrl(acme, "acme-admin"), { roles: [{ role: "buyer", inherit: false }] }, who("acme-manager")),
        await api.delete(associateUrl(acme, "acme-admin"), who("acme-manager")),
        await api.post(associateUrl(acme, "acme-approver"), { roles: [{ role: "buyer", inherit: false }] }, who("acme-manager")),
        await api.delete(associateUrl(acme, "acme-approver"), who("acme-manager")),
      ]
      for (const res of refused) {
        expect(res.status).toBe(403)
        expect(res.data.message).toMatch(/holds rights you do not hold in this business unit .*only an associate with at least their rights/)
      }
      expect(await snapshot()).toEqual(before)
      expect(await rolesOf("acme-admin")).toEqual([{ role: "admin", inherit: true }])

      const byAdmin = [
        await api.post(associateUrl(acme, "acme-approver"), { roles: [{ role: "buyer", inherit: false }] }, who("acme-admin")),
        await api.post(associateUrl(acme, "acme-manager"), { roles: [{ role: "buyer", inherit: false }] }, who("acme-admin")),
      ]
      expect(byAdmin.map((r) => r.status)).toEqual([200, 200])
      expect(await rolesOf("acme-approver")).toEqual([{ role: "buyer", inherit: false }])
    })

    it("judges an associate by every right they hold in the unit, inherited ones included", async () => {
      const container = getContainer()
      ids["berlin-manager"] = (await associateWithRoles(container, berlin, "berlin-manager@example.com", [{ role: "manager", inherit: false }])).id
      ids["berlin-colleague"] = (await associateWithRoles(container, berlin, "berlin-colleague@example.com", [{ role: "buyer", inherit: false }])).id
      // The company admin also has a plain buyer record in Berlin.
      ids["admin-in-berlin"] = (await associateWithRoles(container, berlin, "acme-admin@example.com", [{ role: "buyer", inherit: false }])).id
      tokens["berlin-manager"] = await customerToken(api, "berlin-manager@example.com")
      const before = await snapshot()
      const refused = await api.delete(associateUrl(berlin, "admin-in-berlin"), who("berlin-manager"))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/holds rights you do not hold/)
      expect(await snapshot()).toEqual(before)
      const allowed = await api.delete(associateUrl(berlin, "berlin-colleague"), who("berlin-manager"))
      expect(allowed.status).toBe(200)
    })
  })

  describe("one's own record", () => {
    it("refuses a manager making their own role inherited or adding a role to themselves", async () => {
      const before = await snapshot()
      const inherit = await api.post(associateUrl(acme, "acme-manager"), { roles: [{ role: "manager", inherit: true }] }, who("acme-manager"))
      expect(inherit.status).toBe(403)
      expect(inherit.data.message).toMatch(/cannot extend your own reach: manager would become inherited/)
      for (const role of ["approver", "admin"]) {
        const add = await api.post(associateUrl(acme, "acme-manager"), { roles: [{ role: "manager", inherit: false }, { role, inherit: false }] }, who("acme-manager"))
        expect([role, add.status]).toEqual([role, 403])
        expect(add.data.message).toMatch(/cannot raise your own rights/)
      }
      expect(await snapshot()).toEqual(before)
      expect(await rolesOf("acme-manager")).toEqual([{ role: "manager", inherit: false }])
      // Reaching into the divisions is out of the manager's hands, not the admin's.
      const byAdmin = await api.post(associateUrl(acme, "acme-manager"), { roles: [{ role: "manager", inherit: true }] }, who("acme-admin"))
      expect(byAdmin.status).toBe(200)
    })

    it("refuses a manager giving others an inherited role reaching divisions where the manager holds nothing", async () => {
      const before = await snapshot()
      const res = await api.post(associateUrl(acme, "acme-trainee"), { roles: [{ role: "buyer", inherit: true }] }, who("acme-manager"))
      expect(res.status).toBe(403)
      expect(res.data.message).toMatch(/cannot grant a role with rights you do not hold: buyer \(inherited into divisions/)
      expect(await snapshot()).toEqual(before)
      const byAdmin = await api.post(associateUrl(acme, "acme-trainee"), { roles: [{ role: "buyer", inherit: true }] }, who("acme-admin"))
      expect(byAdmin.status).toBe(200)
    })
  })

  describe("the company's last associate manager", () => {
    it("refuses removing or demoting the only holder of associates.manage, in the store and by the merchant", async () => {
      const before = await snapshot()
      const refused = [
        await api.delete(associateUrl(initech, "initech-manager"), who("initech-manager")),
        await api.post(associateUrl(initech, "initech-manager"), { roles: [{ role: "buyer", inherit: true }] }, who("initech-manager")),
        await api.delete(`/admin/business-units/${initech}/associates/${ids["initech-manager"]}`, admin),
        await api.post(`/admin/business-units/${initech}/associates/${ids["initech-manager"]}`, { roles: [{ role: "buyer", inherit: false }] }, admin),
      ]
      for (const res of refused) {
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/last one allowed to manage the company's associates/)
      }
      expect(await snapshot()).toEqual(before)

      // With a second manager on the company, the first may step down.
      const second = await api.post(associateUrl(initech, "initech-buyer"), { roles: [{ role: "manager", inherit: false }] }, who("initech-manager"))
      expect(second.status).toBe(200)
      const stepDown = await api.delete(associateUrl(initech, "initech-manager"), who("initech-manager"))
      expect(stepDown.status).toBe(200)
      expect(await rolesOf("initech-manager")).toBeNull()
    })

    it("keeps the last admin too, whoever asks", async () => {
      const before = await snapshot()
      const self = await api.post(associateUrl(acme, "acme-admin"), { roles: [{ role: "manager", inherit: true }] }, who("acme-admin"))
      const merchant = await api.delete(`/admin/business-units/${acme}/associates/${ids["acme-admin"]}`, admin)
      expect([self.status, merchant.status]).toEqual([400, 400])
      expect(merchant.data.message).toMatch(/last admin/)
      expect(await snapshot()).toEqual(before)
    })
  })

  describe("invites", () => {
    it("refuses inviting with roles beyond one's rights, and lets the admin invite the same", async () => {
      const before = await snapshot()
      const cases: [string, { role: string; inherit: boolean }[], RegExp][] = [
        ["a@example.com", [{ role: "admin", inherit: true }], /cannot grant a role with rights you do not hold: admin/],
        ["b@example.com", [{ role: "buyer", inherit: false }, { role: "approver", inherit: false }], /do not hold: approver$/],
        ["c@example.com", [{ role: "buyer", inherit: true }], /do not hold: buyer \(inherited into divisions/],
      ]
      for (const [email, roles, message] of cases) {
        const res = await api.post(`/store/business/units/${acme}/invites`, { email, roles }, who("acme-manager"))
        expect([email, res.status]).toEqual([email, 403])
        expect(res.data.message).toMatch(message)
      }
      // Refused for an email that has an account too: no invite, nobody joined.
      const existing = await api.post(`/store/business/units/${acme}/invites`, { email: "initech-buyer@example.com", roles: [{ role: "approver", inherit: false }] }, who("acme-manager"))
      expect(existing.status).toBe(403)
      expect(await snapshot()).toEqual(before)

      const byAdmin = await api.post(`/store/business/units/${acme}/invites`, { email: "a@example.com", roles: [{ role: "admin", inherit: true }] }, who("acme-admin"))
      expect(byAdmin.status).toBe(201)
    })
  })
})
