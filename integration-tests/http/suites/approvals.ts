import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../../../src/modules/approval"
import ApprovalModuleService from "../../../src/modules/approval/service"
import { as, associateWithRoles, BUSINESS_UNIT_HEADER, businessService } from "../../helpers/business-api"
import { completeCart, Demo, prepareCheckout, variantIdBySku } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

export default httpSuite("approvals", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let berlin: string
  let espressoCase: string
  let oat: string
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    const container = getContainer()
    demo = seededDemo()
    wholesale = demo.channels.wholesale.publishableKey
    retail = demo.channels.retail.publishableKey
    berlin = demo.business.units.acmeBerlin.id
    espressoCase = await variantIdBySku(container, "COF-ESP-CASE6") // 135 EUR for Acme
    oat = await variantIdBySku(container, "SUP-OAT-1L")
    await associateWithRoles(container, demo.business.units.acme.id, "acme-approver2@example.com", [{ role: "approver", inherit: true }])
    await associateWithRoles(container, berlin, "acme-viewer@example.com", [{ role: "viewer", inherit: false }])
    Object.assign(tokens, (await demoFixture(api, ["acme-buyer", "acme-approver", "acme-approver2", "acme-admin", "acme-viewer", "globex-admin", "shopper"])).tokens)
  })

  const approvals = () => getContainer().resolve(APPROVAL_MODULE) as ApprovalModuleService
  const who = (name: string, extra: Record<string, string> = {}) => as(tokens[name], wholesale, extra)

  /** A Berlin cart ready to complete: lines, address, shipping, payment session. */
  const readyCart = async (lines: [string, number][], name = "acme-buyer", headers: Record<string, string> = {}) => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who(name, headers))).data.cart
    for (const [variant_id, quantity] of lines) {
      const res = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, who(name))
      expect(res.status).toBe(200)
    }
    await prepareCheckout(api, wholesale, cart.id, tokens[name])
    return cart.id as string
  }

  const submit = async (cartId: string, name = "acme-buyer") => {
    const res = await api.post("/store/business/approvals", { cart_id: cartId }, who(name))
    expect(res.status).toBe(201)
    return res.data.approval
  }

  const decide = (flowId: string, name: string, decision: "approve" | "reject", comment?: string) =>
    api.post(`/store/business/approvals/${flowId}/${decision}`, comment ? { comment } : {}, who(name))

  it("lets an order under the threshold and within budget go straight through", async () => {
    const cartId = await readyCart([[oat, 2]])
    const res = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(res.status).toBe(200)
    expect(res.data.type).toBe("order")
  })

  it("blocks an order above the threshold, then passes tier 1 and tier 2 and completes", async () => {
    const cartId = await readyCart([[espressoCase, 4]])
    const blocked = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(blocked.status).toBe(400)
    expect(blocked.data.message).toMatch(/Approval needed before ordering: rule "Orders above 500 EUR" \(total above 500 EUR\)/)

    const flow = await submit(cartId)
    expect(flow).toMatchObject({ status: "pending", current_tier: 0, tiers: [[{ role: "approver", count: 1 }], [{ role: "admin", count: 1 }]] })
    expect(flow.snapshot.lines).toEqual([expect.objectContaining({ sku: "COF-ESP-CASE6", quantity: 4, unit_price: 135 })])

    const waiting = await api.get("/store/business/approvals?scope=to_approve", who("acme-approver"))
    expect(waiting.data.approvals.map((f: any) => f.id)).toEqual([flow.id])
    expect((await api.get("/store/business/approvals?scope=to_approve", who("acme-admin"))).data.approvals).toEqual([])

    const adminTooEarly = await decide(flow.id, "acme-admin", "approve")
    expect(adminTooEarly.status).toBe(400)
    expect(adminTooEarly.data.message).toMatch(/Tier 1 needs 1 × approver/)

    const tier1 = await decide(flow.id, "acme-approver", "approve", "Fine by me")
    expect(tier1.data.approval).toMatchObject({ status: "pending", current_tier: 1 })
    expect((await completeCart(api, wholesale, cartId, tokens["acme-buyer"])).data.message).toMatch(/waiting for approval/)

    const tier2 = await decide(flow.id, "acme-admin", "approve", "Go ahead")
    expect(tier2.data.approval.status).toBe("approved")
    expect(tier2.data.approval.decisions.map((d: any) => [d.tier, d.decision, d.comment])).toEqual(
      expect.arrayContaining([[0, "approve", "Fine by me"], [1, "approve", "Go ahead"]])
    )
    const placed = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(placed.status).toBe(200)
    expect(placed.data.order.total).toBe(tier2.data.approval.snapshot.total)
  })

  it("rejects at any tier, keeping the trail, and the cart still cannot be ordered", async () => {
    for (const rejectAt of [0, 1]) {
      const cartId = await readyCart([[espressoCase, 4]])
      const flow = await submit(cartId)
      if (rejectAt === 1) await decide(flow.id, "acme-approver", "approve")
      const rejected = await decide(flow.id, rejectAt === 0 ? "acme-approver" : "acme-admin", "reject", "Not this month")
      expect(rejected.data.approval.status).toBe("rejected")
      expect(rejected.data.approval.decisions.find((d: any) => d.decision === "reject")).toMatchObject({ tier: rejectAt, comment: "Not this month" })
      expect((await completeCart(api, wholesale, cartId, tokens["acme-buyer"])).status).toBe(400)
      expect((await decide(flow.id, "acme-admin", "approve")).data.message).toMatch(/already rejected/)
    }
  })

  it("asks for approval when the budget would be exceeded even without a rule", async () => {
    const [buyer] = await businessService(getContainer()).listBusinessAssociates({ email: "acme-buyer@example.com" })
    const budget = await api.post(`/store/business/units/${berlin}/budgets`, { associate_id: buyer.id, amount: 100, currency_code: "EUR", period: "month" }, who("acme-admin"))
    expect(budget.status).toBe(200)
    const cartId = await readyCart([[espressoCase, 2]]) // 270 EUR: under the rule's 500
    const blocked = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(blocked.status).toBe(400)
    expect(blocked.data.message).toMatch(/budget of 100 EUR per month exceeded by/)
    expect(blocked.data.message).not.toMatch(/Orders above 500/)
    const flow = await submit(cartId)
    expect(flow.tiers).toEqual([[{ role: "approver", count: 1 }]])
    expect((await decide(flow.id, "acme-approver", "approve")).data.approval.status).toBe("approved")
    expect((await completeCart(api, wholesale, cartId, tokens["acme-buyer"])).status).toBe(200)
  })

  it("locks the cart while pending and voids the approval when the total changes afterwards", async () => {
    const cartId = await readyCart([[espressoCase, 4], [oat, 6]])
    const flow = await submit(cartId)
    const add = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: oat, quantity: 1 }, who("acme-buyer"))
    const cart = (await api.get(`/store/carts/${cartId}`, who("acme-buyer"))).data.cart
    const oatLine = cart.items.find((i: any) => i.variant_id === oat)
    const update = await api.post(`/store/carts/${cartId}/line-items/${oatLine.id}`, { quantity: 12 }, who("acme-buyer"))
    const remove = await api.delete(`/store/carts/${cartId}/line-items/${oatLine.id}`, who("acme-buyer"))
    for (const res of [add, update, remove]) {
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/waiting for approval and cannot be changed/)
    }
    await decide(flow.id, "acme-approver", "approve")
    await decide(flow.id, "acme-admin", "approve")
    expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id: oat, quantity: 1 }, who("acme-buyer"))).status).toBe(200)
    await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"]) // Medusa drops the payment session when the total changes
    const stale = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(stale.status).toBe(400)
    expect(stale.data.message).toMatch(/changed after approval/)
    const again = await submit(cartId)
    expect(again.status).toBe("pending")
    const flows = await approvals().listApprovalFlows({ cart_id: cartId })
    expect(flows.map((f: any) => f.status).sort()).toEqual(["pending", "void"])
  })

  it("refuses self-approval", async () => {
    const cartId = await readyCart([[espressoCase, 4]], "acme-admin", { [BUSINESS_UNIT_HEADER]: berlin })
    const flow = await submit(cartId, "acme-admin")
    await decide(flow.id, "acme-approver", "approve")
    const own = await decide(flow.id, "acme-admin", "approve")
    expect(own.status).toBe(400)
    expect(own.data.message).toMatch(/your own cart/)
  })

  it("keeps a tier consistent when two approvers approve at once, and orders the approved cart once", async () => {
    const cartId = await readyCart([[espressoCase, 4]])
    const flow = await submit(cartId)
    const both = await Promise.all([decide(flow.id, "acme-approver", "approve"), decide(flow.id, "acme-approver2", "approve")])
    expect(both.map((r) => r.status).sort()).toEqual([200, 400])
    const [after] = await approvals().listApprovalFlows({ id: flow.id }, { relations: ["decisions"] })
    expect(after.current_tier).toBe(1)
    expect(after.decisions).toHaveLength(1)

    await decide(flow.id, "acme-admin", "approve")
    const ordersOfBuyer = async () => {
      const [buyer] = await businessService(getContainer()).listBusinessAssociates({ email: "acme-buyer@example.com" })
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        // Required here, not at the top: a link definition needs the booted app's modules.
        entity: require("../../../src/links/order-associate").default.entryPoint, fields: ["order_id"], filters: { business_associate_id: buyer.id },
      })
      return data.length
    }
    const before = await ordersOfBuyer()
    const completions = await Promise.all(Array.from({ length: 5 }, () => completeCart(api, wholesale, cartId, tokens["acme-buyer"])))
    const orderIds = new Set(completions.filter((r) => r.status === 200).map((r) => r.data.order.id))
    expect(orderIds.size).toBe(1)
    expect(completions.filter((r) => r.status >= 500)).toEqual([])
    expect((await ordersOfBuyer()) - before).toBe(1)
  })

  it("refuses another company, a role without the permission, a B2C customer, anonymous and the Retail key", async () => {
    const cartId = await readyCart([[espressoCase, 4]])
    const flow = await submit(cartId)
    const path = `/store/business/approvals/${flow.id}`
    const cases: [string | null, string, number][] = [
      [tokens["globex-admin"], wholesale, 404],
      [tokens["acme-viewer"], wholesale, 404],
      [tokens.shopper, wholesale, 404],
      [null, wholesale, 401],
      [tokens["acme-approver"], retail, 403],
    ]
    for (const [token, key, status] of cases) {
      const read = await api.get(path, as(token, key))
      const approve = await api.post(`${path}/approve`, {}, as(token, key))
      expect([read.status, approve.status]).toEqual([status, status])
    }
    const buyerDecides = await decide(flow.id, "acme-buyer", "approve")
    expect(buyerDecides.status).toBe(403)
    const rules = await api.post(`/store/business/units/${berlin}/approval-rules`, { name: "x", tiers: [[{ role: "admin" }]] }, who("acme-buyer"))
    expect(rules.status).toBe(403)
    const [still] = await approvals().listApprovalFlows({ id: flow.id }, { relations: ["decisions"] })
    expect(still).toMatchObject({ status: "pending", current_tier: 0, decisions: [] })
  })

  it("lets associates with the permission manage rules, validating them", async () => {
    const unit = demo.business.units.acme.id
    const created = await api.post(`/store/business/units/${unit}/approval-rules`, {
      name: "Grinders", predicate: { skus: ["GEAR-GRIND-PRO"] }, tiers: [[{ role: "approver", count: 1 }, { role: "finance", count: 1 }]],
    }, who("acme-admin"))
    expect(created.status).toBe(201)
    const tooMany = await api.post(`/store/business/units/${unit}/approval-rules`, { name: "x", tiers: Array(6).fill([{ role: "admin" }]) }, who("acme-admin"))
    expect(tooMany.status).toBe(400)
    const list = await api.get(`/store/business/units/${unit}/approval-rules`, who("acme-admin"))
    expect(list.data.approval_rules.map((r: any) => r.name).sort()).toEqual(["Grinders", "Orders above 500 EUR"])
    const off = await api.post(`/store/business/units/${unit}/approval-rules/${created.data.approval_rule.id}`, { active: false }, who("acme-admin"))
    expect(off.data.approval_rule.active).toBe(false)
    expect((await api.delete(`/store/business/units/${unit}/approval-rules/${created.data.approval_rule.id}`, who("acme-admin"))).status).toBe(200)
  })

  it("notifies the current tier's approvers and then the requester", async () => {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const waitFor = async (to: string, template: string) => {
      for (let i = 0; i < 50; i++) {
        const found = await notifications.listNotifications({ to, template })
        if (found.length) return found.length
        await new Promise((r) => setTimeout(r, 100))
      }
      return 0
    }
    const cartId = await readyCart([[espressoCase, 4]])
    const flow = await submit(cartId)
    expect(await waitFor("acme-approver@example.com", "approval-requested")).toBe(1)
    expect(await notifications.listNotifications({ to: "acme-buyer@example.com", template: "approval-requested" })).toEqual([])
    await decide(flow.id, "acme-approver", "approve")
    expect(await waitFor("acme-admin@example.com", "approval-tier_passed")).toBe(1)
    await decide(flow.id, "acme-admin", "approve")
    expect(await waitFor("acme-buyer@example.com", "approval-approved")).toBe(1)
  })

  it("gives the merchant rules and flows by unit and status", async () => {
    const login = await api.post("/auth/user/emailpass", demo.accounts.admin)
    const admin = { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true }
    const cartId = await readyCart([[espressoCase, 4]])
    const flow = await submit(cartId)
    const flows = await api.get(`/admin/approval-flows?business_unit_id=${berlin}&status=pending`, admin)
    expect(flows.data.approval_flows.map((f: any) => f.id)).toEqual([flow.id])
    // An order's page reads the flows of its cart by the cart's id.
    expect((await api.get(`/admin/approval-flows?cart_id=${cartId}`, admin)).data.approval_flows.map((f: any) => f.id)).toEqual([flow.id])
    expect((await api.get("/admin/approval-flows?cart_id=cart_missing", admin)).data.approval_flows).toEqual([])
    expect((await api.get("/admin/approval-flows?status=maybe", admin)).status).toBe(400)
    const rule = await api.post("/admin/approval-rules", { business_unit_id: berlin, name: "Berlin tea", predicate: { skus: ["TEA-EG-CASE10"] }, tiers: [[{ role: "admin" }]] }, admin)
    expect(rule.status).toBe(201)
    const rules = await api.get(`/admin/approval-rules?business_unit_id=${berlin}`, admin)
    expect(rules.data.approval_rules.map((r: any) => r.name)).toEqual(["Berlin tea"])
    expect((await api.post("/admin/approval-rules", { business_unit_id: "bu_missing", name: "x", tiers: [[{ role: "admin" }]] }, admin)).status).toBe(404)
    expect((await api.get("/admin/approval-flows", { validateStatus: () => true })).status).toBe(401)
  })
})
