import {
  accessibleUnitIds,
  actingMembership,
  canNestBelow,
  effectivePermissions,
  effectiveRoles,
  isUnitActive,
  leavesCompanyWithoutAdmin,
  Membership,
  rolesBeyondGrant,
  UnitNode,
} from "../access"
import { roleCatalog } from "../permissions"

// acme ─ acme-eu ─ acme-de ─ acme-berlin ─ acme-mitte ; globex (another company)
const tree = (overrides: Partial<Record<string, Partial<UnitNode>>> = {}) =>
  new Map<string, UnitNode>(
    [
      { id: "acme", parent_id: null },
      { id: "acme-eu", parent_id: "acme" },
      { id: "acme-de", parent_id: "acme-eu" },
      { id: "acme-berlin", parent_id: "acme-de" },
      { id: "acme-mitte", parent_id: "acme-berlin" },
      { id: "globex", parent_id: null },
    ].map((u) => [u.id, { ...u, ...overrides[u.id] }])
  )

const member = (unit_id: string, ...roles: [string, boolean][]): Membership => ({
  associate_id: `as-${unit_id}`,
  unit_id,
  roles: roles.map(([role, inherit]) => ({ role, inherit })),
})

describe("effective roles and permissions", () => {
  const catalog = roleCatalog([{ handle: "purchasing-lead", permissions: ["orders.place_others", "not-a-permission"] }])

  it("gives a role on the unit it was assigned on, whether or not it is inherited", () => {
    expect(effectiveRoles("acme-eu", tree(), [member("acme-eu", ["buyer", false])])).toEqual(["buyer"])
  })

  it("passes an inherited role down to every division, however deep", () => {
    const memberships = [member("acme", ["admin", true])]
    for (const unit of ["acme", "acme-eu", "acme-de", "acme-berlin", "acme-mitte"]) {
      expect(effectivePermissions(unit, tree(), memberships, catalog).has("associates.manage")).toBe(true)
    }
  })

  it("does not pass a non-inherited role to divisions", () => {
    const memberships = [member("acme", ["approver", false])]
    expect(effectivePermissions("acme", tree(), memberships, catalog).has("orders.approve")).toBe(true)
    expect(effectiveRoles("acme-eu", tree(), memberships)).toEqual([])
  })

  it("never leaks a role upwards or into another company", () => {
    const memberships = [member("acme-de", ["admin", true])]
    expect(effectiveRoles("acme-eu", tree(), memberships)).toEqual([])
    expect(effectiveRoles("acme", tree(), memberships)).toEqual([])
    expect(effectiveRoles("globex", tree(), memberships)).toEqual([])
  })

  it("unites roles from several levels and several units", () => {
    const memberships = [member("acme", ["viewer", true]), member("acme-de", ["buyer", false]), member("globex", ["finance", false])]
    expect(effectiveRoles("acme-de", tree(), memberships).sort()).toEqual(["buyer", "viewer"])
    const permissions = effectivePermissions("acme-de", tree(), memberships, catalog)
    expect(permissions.has("orders.place_own")).toBe(true)
    expect(permissions.has("orders.view_others")).toBe(true)
    expect(permissions.has("invoices.view")).toBe(false)
    expect(effectivePermissions("globex", tree(), memberships, catalog).has("invoices.view")).toBe(true)
  })

  it("resolves merchant roles and drops permission names it does not know", () => {
    const permissions = effectivePermissions("acme", tree(), [member("acme", ["purchasing-lead", false])], catalog)
    expect([...permissions]).toEqual(["orders.place_others"])
  })

  it("lets no merchant role redefine a built-in role", () => {
    const shadowing = roleCatalog([{ handle: "buyer", permissions: ["associates.manage"] }])
    expect(effectivePermissions("acme", tree(), [member("acme", ["buyer", false])], shadowing).has("associates.manage")).toBe(false)
  })

  it("gives nothing for an unknown role or no membership", () => {
    expect(effectivePermissions("acme", tree(), [member("acme", ["ghost", true])], catalog).size).toBe(0)
    expect(effectivePermissions("acme", tree(), [], catalog).size).toBe(0)
  })
})

describe("units a customer can act in", () => {
  it("lists the assigned unit and, for inherited roles, its divisions", () => {
    const memberships = [member("acme-de", ["admin", true]), member("globex", ["buyer", false])]
    expect(accessibleUnitIds(tree(), memberships).sort()).toEqual(["acme-berlin", "acme-de", "acme-mitte", "globex"])
  })

  it("acts through the nearest membership at or above the unit", () => {
    const memberships = [member("acme", ["admin", true]), member("acme-de", ["buyer", false])]
    expect(actingMembership("acme-mitte", tree(), memberships)?.unit_id).toBe("acme-de")
    expect(actingMembership("acme-eu", tree(), memberships)?.unit_id).toBe("acme")
    expect(actingMembership("globex", tree(), memberships)).toBeUndefined()
  })
})

describe("hierarchy rules", () => {
  it("allows five levels and no more", () => {
    expect(canNestBelow("acme-berlin", tree())).toBe(true) // the new unit is level 5
    expect(canNestBelow("acme-mitte", tree())).toBe(false) // it would be level 6
  })

  it("treats a division of an inactive unit as inactive", () => {
    const units = tree({ "acme-eu": { status: "inactive" } })
    expect(isUnitActive("acme", units)).toBe(true)
    expect(isUnitActive("acme-de", units)).toBe(false)
    expect(isUnitActive("unknown", units)).toBe(false)
  })

  it("refuses to remove or demote a company's last admin", () => {
    expect(leavesCompanyWithoutAdmin([{ associate_id: "a" }], "a")).toBe(true)
    expect(leavesCompanyWithoutAdmin([{ associate_id: "a" }, { associate_id: "b" }], "a")).toBe(false)
    expect(leavesCompanyWithoutAdmin([{ associate_id: "b" }], "a")).toBe(false)
  })
})

describe("granting roles", () => {
  const catalog = roleCatalog([{ handle: "clerk", permissions: ["carts.view_own"] }])
  const managerWithBuyerRights = new Set<string>(["associates.manage", ...(catalog.get("buyer") ?? [])])

  it("lets a caller grant roles within their own permissions only", () => {
    const requested = [{ role: "buyer", inherit: false }, { role: "clerk", inherit: false }, { role: "admin", inherit: true }]
    expect(rolesBeyondGrant(requested, managerWithBuyerRights, catalog)).toEqual(["admin"])
  })

  it("lets an admin grant every role", () => {
    const admin = new Set<string>(catalog.get("admin"))
    expect(rolesBeyondGrant([{ role: "admin", inherit: true }, { role: "finance", inherit: false }], admin, catalog)).toEqual([])
  })
})
