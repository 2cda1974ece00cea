import { keeperLostByChange, Membership, RoleAssignment, UnitNode } from "../access"
import {
  Actor,
  associateChangeRefusal,
  assignmentsBeyondRights,
  grantRefusal,
  ownChangeRefusal,
  reachOf,
  unitAndDivisions,
} from "../hierarchy"
import { roleCatalog } from "../permissions"

// acme ─ acme-de ─ acme-berlin ; acme ─ acme-fr ; globex (another company)
const units = new Map<string, UnitNode>(
  [
    { id: "acme", parent_id: null },
    { id: "acme-de", parent_id: "acme" },
    { id: "acme-berlin", parent_id: "acme-de" },
    { id: "acme-fr", parent_id: "acme" },
    { id: "globex", parent_id: null },
  ].map((u) => [u.id, u])
)

// A merchant role that may manage associates and shop for itself, nothing more.
const catalog = roleCatalog([
  { handle: "manager", permissions: ["associates.manage", "carts.view_own", "carts.update_own", "orders.place_own", "orders.view_own", "quotes.request", "quotes.view_own", "quotes.respond_own", "shopping_lists.view", "shopping_lists.manage_own", "recurring_orders.view", "recurring_orders.manage_own"] },
  { handle: "clerk", permissions: ["carts.view_own"] },
])

const as = (role: string, inherit = false): RoleAssignment => ({ role, inherit })
const member = (customer: string, unit_id: string, ...roles: RoleAssignment[]): Membership => ({
  associate_id: `${customer}@${unit_id}`,
  unit_id,
  roles,
})
const actor = (customerId: string, ...memberships: Membership[]): Actor => ({ customerId, memberships, units, catalog })

describe("reach of an assignment", () => {
  it("is the unit alone, or with inherit the unit and every division below", () => {
    expect(unitAndDivisions("acme-de", units).sort()).toEqual(["acme-berlin", "acme-de"])
    expect(reachOf("acme", as("buyer"), units)).toEqual(["acme"])
    expect(reachOf("acme", as("buyer", true), units).sort()).toEqual(["acme", "acme-berlin", "acme-de", "acme-fr"])
  })
})

describe("granting roles (invites, new roles)", () => {
  const manager = actor("m", member("m", "acme", as("manager")))
  const inheritedManager = actor("m", member("m", "acme", as("manager", true)))

  it("allows roles within the caller's permissions in the unit", () => {
    expect(grantRefusal(manager, "acme", [as("buyer"), as("clerk"), as("manager")])).toBeNull()
  })

  it("refuses a role with a permission the caller lacks, naming it", () => {
    expect(grantRefusal(manager, "acme", [as("buyer"), as("admin", true), as("approver")])).toBe(
      "You cannot grant a role with rights you do not hold: admin, approver"
    )
  })

  it("refuses an inherited role reaching divisions where the caller does not hold its rights", () => {
    expect(assignmentsBeyondRights([as("buyer", true)], "acme", manager)).toEqual([{ role: "buyer", inherit: true, inherited_only: true }])
    expect(grantRefusal(manager, "acme", [as("buyer", true)])).toMatch(/cannot grant.*buyer \(inherited into divisions/)
    expect(grantRefusal(inheritedManager, "acme", [as("buyer", true)])).toBeNull()
  })

  it("counts rights held in the divisions through their own memberships", () => {
    const everywhere = actor("m", member("m", "acme", as("manager")), member("m", "acme-de", as("buyer", true)), member("m", "acme-fr", as("buyer")))
    expect(grantRefusal(everywhere, "acme", [as("buyer", true)])).toBeNull()
    expect(grantRefusal(everywhere, "acme", [as("manager", true)])).toMatch(/manager \(inherited/)
  })

  it("lets an inherited admin grant everything anywhere below, and nothing in another company", () => {
    const admin = actor("a", member("a", "acme", as("admin", true)))
    expect(grantRefusal(admin, "acme-de", [as("admin", true), as("finance")])).toBeNull()
    expect(grantRefusal(admin, "globex", [as("buyer")])).toMatch(/buyer/)
  })
})

describe("changing or removing an associate", () => {
  const manager = actor("m", member("m", "acme", as("manager")))
  const change = (target: Membership, roles?: RoleAssignment[], others: Membership[] = []) => ({
    unit_id: target.unit_id,
    target: { customer_id: target.associate_id.split("@")[0], roles: target.roles },
    target_memberships: [target, ...others],
    roles,
  })

  it("allows changing and removing an associate within the caller's rights", () => {
    const buyer = member("b", "acme", as("buyer"))
    expect(associateChangeRefusal(manager, change(buyer, [as("buyer"), as("manager")]))).toBeNull()
    expect(associateChangeRefusal(manager, change(buyer))).toBeNull()
  })

  it("refuses demoting or removing a more powerful associate", () => {
    const admin = member("a", "acme", as("admin", true))
    for (const roles of [[as("buyer")], undefined]) {
      expect(associateChangeRefusal(manager, change(admin, roles))).toMatch(/holds rights you do not hold in this business unit \(.*orders\.approve.*\)/)
    }
    const approver = member("p", "acme", as("approver"))
    expect(associateChangeRefusal(manager, change(approver))).toMatch(/holds rights you do not hold/)
  })

  it("judges the target by every right they hold in the unit, inherited ones included", () => {
    const divisionManager = actor("m", member("m", "acme-de", as("manager")))
    const buyerRecord = member("a", "acme-de", as("buyer"))
    expect(associateChangeRefusal(divisionManager, change(buyerRecord))).toBeNull()
    expect(associateChangeRefusal(divisionManager, change(buyerRecord, undefined, [member("a", "acme", as("admin", true))]))).toMatch(
      /holds rights you do not hold/
    )
  })

  it("refuses acting on a role that reaches divisions beyond the caller's rights", () => {
    const inheritedBuyer = member("b", "acme", as("buyer", true))
    expect(associateChangeRefusal(manager, change(inheritedBuyer, [as("buyer")]))).toMatch(/roles reach beyond your rights: buyer \(inherited/)
    expect(associateChangeRefusal(actor("m", member("m", "acme", as("manager", true))), change(inheritedBuyer))).toBeNull()
  })

  it("refuses new roles beyond the caller's rights", () => {
    expect(associateChangeRefusal(manager, change(member("b", "acme", as("buyer")), [as("finance")]))).toBe(
      "You cannot grant a role with rights you do not hold: finance"
    )
  })
})

describe("nobody raises their own rights or reach", () => {
  const own = (m: Membership, roles?: RoleAssignment[]) => ({
    unit_id: m.unit_id,
    target: { customer_id: "m", roles: m.roles },
    target_memberships: [m],
    roles,
  })

  it("lets a caller keep, shrink or leave their own record", () => {
    const record = member("m", "acme", as("manager", true), as("clerk"))
    const me = actor("m", record)
    expect(associateChangeRefusal(me, own(record, [as("manager", true), as("clerk")]))).toBeNull()
    expect(associateChangeRefusal(me, own(record, [as("buyer")]))).toBeNull()
    // buyer's permissions are all part of the inherited manager role: nothing new is passed down
    expect(associateChangeRefusal(me, own(record, [as("buyer", true)]))).toBeNull()
    expect(associateChangeRefusal(me, own(record, [as("clerk", true)]))).toMatch(/clerk would become inherited/)
    expect(associateChangeRefusal(me, own(record))).toBeNull()
  })

  it("refuses switching one's own role to inherited", () => {
    const record = member("m", "acme", as("manager"))
    expect(associateChangeRefusal(actor("m", record), own(record, [as("manager", true)]))).toBe(
      "You cannot extend your own reach: manager would become inherited into the divisions below"
    )
  })

  it("refuses adding a role with new rights to oneself, even as an admin of the unit above", () => {
    const record = member("m", "acme", as("manager"))
    expect(associateChangeRefusal(actor("m", record), own(record, [as("manager"), as("approver")]))).toMatch(
      /cannot raise your own rights: orders\.approve/
    )
    const divisionRecord = member("m", "acme-de", as("buyer"))
    const admin = actor("m", member("m", "acme", as("admin", true)), divisionRecord)
    expect(associateChangeRefusal(admin, own(divisionRecord, [as("admin")]))).toMatch(/cannot raise your own rights/)
  })

  it("judges the switch itself, and any permission newly passed down", () => {
    expect(ownChangeRefusal([as("admin", true), as("buyer")], [as("admin", true), as("buyer", true)], catalog)).toMatch(/buyer would become inherited/)
    expect(ownChangeRefusal([as("admin")], [as("buyer", true)], catalog)).toMatch(/buyer would become inherited/)
    expect(ownChangeRefusal([as("admin", true)], [as("admin", true), as("buyer", true)], catalog)).toBeNull()
  })
})

describe("a company keeps an admin and an associate manager on its top unit", () => {
  const top = [
    { associate_id: "admin", roles: [as("admin", true)] },
    { associate_id: "manager", roles: [as("manager")] },
    { associate_id: "buyer", roles: [as("buyer")] },
  ]

  it("refuses removing or demoting the last admin", () => {
    expect(keeperLostByChange(top, { associate_id: "admin" }, catalog)).toBe("admin")
    expect(keeperLostByChange(top, { associate_id: "admin", roles: [as("manager")] }, catalog)).toBe("admin")
    expect(keeperLostByChange(top, { associate_id: "admin", roles: [as("admin")] }, catalog)).toBeNull()
  })

  it("refuses removing or demoting the last holder of associates.manage", () => {
    const noAdmin = top.filter((a) => a.associate_id !== "admin")
    expect(keeperLostByChange(noAdmin, { associate_id: "manager" }, catalog)).toBe("associates.manage")
    expect(keeperLostByChange(noAdmin, { associate_id: "manager", roles: [as("buyer")] }, catalog)).toBe("associates.manage")
    expect(keeperLostByChange(noAdmin, { associate_id: "manager", roles: [as("manager", true)] }, catalog)).toBeNull()
  })

  it("lets any other holder go while another one stays", () => {
    expect(keeperLostByChange(top, { associate_id: "manager" }, catalog)).toBeNull()
    expect(keeperLostByChange(top, { associate_id: "buyer" }, catalog)).toBeNull()
    expect(keeperLostByChange([...top, { associate_id: "admin2", roles: [as("admin")] }], { associate_id: "admin" }, catalog)).toBeNull()
    expect(keeperLostByChange([{ associate_id: "buyer", roles: [as("buyer")] }], { associate_id: "buyer" }, catalog)).toBeNull()
  })
})
