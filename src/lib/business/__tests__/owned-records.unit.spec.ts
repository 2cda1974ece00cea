import { mayCreateOwned, mayManageOwned, mayReadOwned, ownedPermissionNeeded } from "../owned-records"
import { BUILT_IN_ROLES } from "../permissions"
import { SHOPPING_LIST_PERMISSIONS as LISTS } from "../../shopping-lists/access"

const role = (handle: string) => new Set(BUILT_IN_ROLES[handle].permissions)

describe("shopping list access", () => {
  it("lets a buyer read the unit's lists, create lists and edit only their own", () => {
    const buyer = role("buyer")
    expect(mayReadOwned(LISTS, buyer, false)).toBe(true)
    expect(mayCreateOwned(LISTS, buyer)).toBe(true)
    expect(mayManageOwned(LISTS, buyer, true)).toBe(true)
    expect(mayManageOwned(LISTS, buyer, false)).toBe(false)
  })

  it("lets the admin edit everyone's lists, and viewers and approvers only read", () => {
    expect(mayManageOwned(LISTS, role("admin"), false)).toBe(true)
    for (const handle of ["viewer", "approver"]) {
      expect(mayReadOwned(LISTS, role(handle), false)).toBe(true)
      expect(mayCreateOwned(LISTS, role(handle))).toBe(false)
      expect(mayManageOwned(LISTS, role(handle), true)).toBe(false)
    }
    expect(mayReadOwned(LISTS, role("finance"), false)).toBe(false)
  })

  it("lets an owner with manage_own but without view still read their own list", () => {
    const ownOnly = new Set(["shopping_lists.manage_own"])
    expect(mayReadOwned(LISTS, ownOnly, true)).toBe(true)
    expect(mayReadOwned(LISTS, ownOnly, false)).toBe(false)
  })

  it("names the permission a refused caller lacks", () => {
    expect(ownedPermissionNeeded(LISTS, "read", false)).toBe("shopping_lists.view")
    expect(ownedPermissionNeeded(LISTS, "manage", true)).toBe("shopping_lists.manage_own")
    expect(ownedPermissionNeeded(LISTS, "manage", false)).toBe("shopping_lists.manage_others")
  })
})
