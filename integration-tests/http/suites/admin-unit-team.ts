import { Modules } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../../../src/modules/approval"
import ApprovalModuleService from "../../../src/modules/approval/service"
import { as, businessService, customerToken } from "../../helpers/business-api"
import { BERLIN_ADDRESS, demoFixture } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"

/** The merchant's side of a unit's team: pending invites (resend, revoke), addresses and budgets. */
export default httpSuite("admin-unit-team", ({ api, getContainer }) => {
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let wholesale: string
  let acme: string
  let berlin: string
  let globex: string

  beforeAll(async () => {
    const fixture = await demoFixture(api, [])
    admin = fixture.admin
    wholesale = fixture.wholesale
    acme = fixture.demo.business.units.acme.id
    berlin = fixture.demo.business.units.acmeBerlin.id
    globex = fixture.demo.business.units.globex.id
  })

  const anonymous = { validateStatus: () => true }
  const unitPath = (unit: string, rest: string) => `/admin/business-units/${unit}/${rest}`
  const associateId = async (email: string) => (await businessService(getContainer()).listBusinessAssociates({ email }))[0].id
  const budgets = () => getContainer().resolve(APPROVAL_MODULE) as ApprovalModuleService

  const invite = async (unit: string, email: string) => {
    const res = await api.post(unitPath(unit, "invites"), { email, roles: [{ role: "buyer" }] }, admin)
    expect(res.status).toBe(201)
    return res.data.invite
  }

  /** The accept-link tokens the invite's messages carried, once `count` messages were sent (the subscriber runs after the request). */
  const sentTokens = async (inviteId: string, count: number): Promise<string[]> => {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let i = 0; i < 50; i++) {
      const sent = await notifications.listNotifications({ resource_id: inviteId, template: "business-invite" })
      if (sent.length >= count) return sent.map((n: any) => new URL(n.data.accept_url).searchParams.get("token")!)
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`invite ${inviteId}: fewer than ${count} messages sent`)
  }

  const accept = async (token: string, email = "shopper@example.com") =>
    api.post("/store/business/invites/accept", { token }, as(await customerToken(api, email), wholesale))

  it("refuses every route without an admin login, a customer's token included", async () => {
    const calls: [string, string, object?][] = [
      ["get", unitPath(acme, "invites")],
      ["post", unitPath(acme, "invites/binv_x/resend"), {}],
      ["post", unitPath(acme, "invites/binv_x/revoke"), {}],
      ["get", unitPath(acme, "addresses")],
      ["post", unitPath(acme, "addresses"), BERLIN_ADDRESS],
      ["post", unitPath(acme, "addresses/buaddr_x"), { city: "Köln" }],
      ["delete", unitPath(acme, "addresses/buaddr_x")],
      ["get", unitPath(acme, "budgets")],
      ["post", unitPath(acme, "budgets"), { associate_id: "bassoc_x", amount: 1, currency_code: "eur", period: "month" }],
      ["delete", unitPath(acme, "budgets/apbud_x")],
    ]
    const customer = as(await customerToken(api, "acme-admin@example.com"), wholesale)
    for (const options of [anonymous, customer]) {
      const statuses = await Promise.all(
        calls.map(([method, path, body]) => (body ? (api as any)[method](path, body, options) : (api as any)[method](path, options)).then((r: any) => r.status))
      )
      expect(statuses).toEqual(calls.map(() => 401))
    }
  })

  describe("pending invites", () => {
    it("lists a new invite with its roles and dates, and neither an accepted, a revoked nor an expired one", async () => {
      const fresh = await invite(acme, "new.buyer@example.com")
      const toRevoke = await invite(acme, "revoked@example.com")
      const toExpire = await invite(acme, "late@example.com")
      const toAccept = await invite(acme, "shopper@example.com")
      expect((await accept((await sentTokens(toAccept.id, 1))[0])).status).toBe(200)
      expect((await api.post(unitPath(acme, `invites/${toRevoke.id}/revoke`), {}, admin)).status).toBe(200)
      await businessService(getContainer()).updateBusinessInvites({ id: toExpire.id, expires_at: new Date(Date.now() - 1000) })

      const list = await api.get(unitPath(acme, "invites"), admin)
      expect(list.status).toBe(200)
      expect(list.data.invites).toEqual([
        {
          id: fresh.id,
          business_unit_id: acme,
          email: "new.buyer@example.com",
          roles: [{ role: "buyer", inherit: false }],
          status: "pending",
          created_at: expect.any(String),
          expires_at: expect.any(String),
          accepted_at: null,
        },
      ])
      expect((await api.get(unitPath(globex, "invites"), admin)).data.invites).toEqual([])
      expect((await api.get(unitPath("bu_missing", "invites"), admin)).status).toBe(404)
    })

    it("resends an invite, expired or not, with a new link and expiry: the old link is refused, the new one joins", async () => {
      const sent = await invite(acme, "shopper@example.com")
      const [oldToken] = await sentTokens(sent.id, 1)
      await businessService(getContainer()).updateBusinessInvites({ id: sent.id, expires_at: new Date(Date.now() - 1000) })

      const resent = await api.post(unitPath(acme, `invites/${sent.id}/resend`), {}, admin)
      expect(resent.status).toBe(200)
      expect(resent.data.invite).toMatchObject({ id: sent.id, status: "pending" })
      expect(new Date(resent.data.invite.expires_at).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000)
      const tokens = await sentTokens(sent.id, 2)
      const newToken = tokens.find((t) => t !== oldToken)!
      expect(tokens).toHaveLength(2)
      expect(newToken).toBeTruthy()

      const old = await accept(oldToken)
      expect(old.status).toBe(400)
      expect(old.data.message).toMatch(/not valid/)
      expect((await accept(newToken)).status).toBe(200)
      const again = await api.post(unitPath(acme, `invites/${sent.id}/resend`), {}, admin)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already been accepted/)
    })

    it("revokes an invite: its link is refused from then on, and it cannot be resent or revoked again", async () => {
      const sent = await invite(acme, "shopper@example.com")
      const [token] = await sentTokens(sent.id, 1)
      const revoked = await api.post(unitPath(acme, `invites/${sent.id}/revoke`), {}, admin)
      expect(revoked.status).toBe(200)
      expect(revoked.data.invite).toMatchObject({ id: sent.id, status: "revoked" })

      const refused = await accept(token)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/withdrawn/)
      expect(await businessService(getContainer()).listBusinessAssociates({ email: "shopper@example.com" })).toEqual([])
      const resend = await api.post(unitPath(acme, `invites/${sent.id}/resend`), {}, admin)
      expect([resend.status, resend.data.message]).toEqual([400, expect.stringMatching(/revoked: send a new invite/)])
      const twice = await api.post(unitPath(acme, `invites/${sent.id}/revoke`), {}, admin)
      expect([twice.status, twice.data.message]).toEqual([400, expect.stringMatching(/already revoked/)])
    })

    it("answers another unit's or an unknown invite with 404, an unknown action with 404 and a body with 400", async () => {
      const sent = await invite(acme, "someone@example.com")
      expect((await api.post(unitPath(globex, `invites/${sent.id}/revoke`), {}, admin)).status).toBe(404)
      expect((await api.post(unitPath(acme, "invites/binv_missing/resend"), {}, admin)).status).toBe(404)
      expect((await api.post(unitPath(acme, `invites/${sent.id}/accept`), {}, admin)).status).toBe(404)
      const withBody = await api.post(unitPath(acme, `invites/${sent.id}/revoke`), { reason: "x" }, admin)
      expect(withBody.status).toBe(400)
      expect((await api.get(unitPath(acme, "invites"), admin)).data.invites.map((i: any) => i.status)).toEqual(["pending"])
    })
  })

  describe("addresses", () => {
    it("adds, edits and deletes a unit's address; a new default takes the place of the old one", async () => {
      const before = (await api.get(unitPath(berlin, "addresses"), admin)).data.addresses
      const seeded = before.find((a: any) => a.is_default_shipping)
      expect(seeded).toBeTruthy()

      const added = await api.post(unitPath(berlin, "addresses"), { ...BERLIN_ADDRESS, label: "Warehouse", country_code: "DE", is_default_shipping: true }, admin)
      expect(added.status).toBe(201)
      expect(added.data.address).toMatchObject({ label: "Warehouse", country_code: "de", is_default_shipping: true })
      const id = added.data.address.id

      const edited = await api.post(unitPath(berlin, `addresses/${id}`), { city: "Potsdam", postal_code: "14467", address_2: null }, admin)
      expect(edited.status).toBe(200)
      expect(edited.data.address).toMatchObject({ id, city: "Potsdam", postal_code: "14467", label: "Warehouse" })
      const after = (await api.get(unitPath(berlin, "addresses"), admin)).data.addresses
      expect(after.filter((a: any) => a.is_default_shipping).map((a: any) => a.id)).toEqual([id])

      const deleted = await api.delete(unitPath(berlin, `addresses/${id}`), admin)
      expect(deleted.data).toEqual({ id, object: "business_unit_address", deleted: true })
      expect((await api.get(unitPath(berlin, "addresses"), admin)).data.addresses.map((a: any) => a.id)).toEqual(before.map((a: any) => a.id))
      // The unit page reads the same addresses.
      expect((await api.get(`/admin/business-units/${berlin}`, admin)).data.business_unit.addresses.map((a: any) => a.id)).toEqual([seeded.id])
    })

    it("refuses bad input with 400 and another unit's or an unknown unit's address with 404, writing nothing", async () => {
      const [seeded] = (await api.get(unitPath(berlin, "addresses"), admin)).data.addresses
      const bad: [string, object, RegExp][] = [
        ["addresses", { ...BERLIN_ADDRESS, address_1: "" }, /address_1/],
        ["addresses", { ...BERLIN_ADDRESS, country_code: "Germany" }, /country_code/],
        ["addresses", { city: "Berlin" }, /address_1/],
        ["addresses", { ...BERLIN_ADDRESS, owner: "me" }, /owner|unrecognized/i],
        [`addresses/${seeded.id}`, { postal_code: 10119 }, /postal_code/],
        [`addresses/${seeded.id}`, { city: "" }, /city/],
      ]
      for (const [path, body, message] of bad) {
        const res = await api.post(unitPath(berlin, path), body, admin)
        expect([path, res.status, res.data.message]).toEqual([path, 400, expect.stringMatching(message)])
      }
      expect((await api.post(unitPath(acme, `addresses/${seeded.id}`), { city: "Köln" }, admin)).status).toBe(404)
      expect((await api.delete(unitPath(globex, `addresses/${seeded.id}`), admin)).status).toBe(404)
      expect((await api.post(unitPath("bu_missing", "addresses"), BERLIN_ADDRESS, admin)).status).toBe(404)
      expect((await api.get(unitPath("bu_missing", "addresses"), admin)).status).toBe(404)
      expect((await api.get(unitPath(berlin, "addresses"), admin)).data.addresses).toEqual([seeded])
    })
  })

  describe("budgets", () => {
    it("sets, changes and removes an associate's budget", async () => {
      const buyer = await associateId("acme-buyer@example.com")
      const list = await api.get(unitPath(berlin, "budgets"), admin)
      expect(list.data.budgets).toEqual([expect.objectContaining({ associate_id: buyer, amount: 1000, currency_code: "eur", period: "month" })])

      const changed = await api.post(unitPath(berlin, "budgets"), { associate_id: buyer, amount: 250.5, currency_code: "EUR", period: "week" }, admin)
      expect(changed.status).toBe(200)
      expect(changed.data.budget).toEqual({ id: list.data.budgets[0].id, business_unit_id: berlin, associate_id: buyer, amount: 250.5, currency_code: "eur", period: "week" })
      const zero = await api.post(unitPath(berlin, "budgets"), { associate_id: buyer, amount: 0, currency_code: "eur", period: "none" }, admin)
      expect(zero.data.budget).toMatchObject({ amount: 0, period: "none" })

      const admins = await associateId("acme-admin@example.com")
      const created = await api.post(unitPath(acme, "budgets"), { associate_id: admins, amount: 5000, currency_code: "usd", period: "year" }, admin)
      expect(created.data.budget).toMatchObject({ business_unit_id: acme, associate_id: admins, amount: 5000, currency_code: "usd" })

      expect((await api.delete(unitPath(globex, `budgets/${created.data.budget.id}`), admin)).status).toBe(404)
      const removed = await api.delete(unitPath(acme, `budgets/${created.data.budget.id}`), admin)
      expect(removed.data).toEqual({ id: created.data.budget.id, object: "approval_budget", deleted: true })
      expect((await api.get(unitPath(acme, "budgets"), admin)).data.budgets).toEqual([])
    })

    it("refuses a negative, non-number or unbounded amount, an unknown currency or period with 400 and an unknown associate with 404, writing nothing", async () => {
      const buyer = await associateId("acme-buyer@example.com")
      const valid = { associate_id: buyer, amount: 100, currency_code: "eur", period: "month" }
      const bad: [object, RegExp][] = [
        [{ ...valid, amount: -1 }, /amount/],
        [{ ...valid, amount: "100" }, /amount/],
        [{ ...valid, amount: null }, /amount/],
        [{ ...valid, amount: 1.005 }, /amount/],
        [{ ...valid, currency_code: "xyz" }, /ISO 4217/],
        [{ ...valid, currency_code: "jpy" }, /no orders in JPY/],
        [{ ...valid, period: "fortnight" }, /period/],
        [{ ...valid, associate_id: "cus_1" }, /bassoc_/],
      ]
      for (const [body, message] of bad) {
        const res = await api.post(unitPath(berlin, "budgets"), body, admin)
        expect([body, res.status, res.data.message]).toEqual([body, 400, expect.stringMatching(message)])
      }
      const unknown = await api.post(unitPath(berlin, "budgets"), { ...valid, associate_id: "bassoc_missing" }, admin)
      expect(unknown.status).toBe(404)
      // Another unit's associate is unknown in this unit.
      const globexBuyer = await associateId("globex-buyer@example.com")
      expect((await api.post(unitPath(berlin, "budgets"), { ...valid, associate_id: globexBuyer }, admin)).status).toBe(404)
      const stored = await budgets().listApprovalBudgets({})
      expect(stored.map((b) => [b.associate_id, Number(b.amount)])).toEqual([[buyer, 1000]])
    })
  })
})
