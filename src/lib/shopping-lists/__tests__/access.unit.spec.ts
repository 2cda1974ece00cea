import { BUILT_IN_ROLES } from "../../business/permissions"
import { listPermissionNeeded, mayCreateList, mayManageList, mayReadList } from "../access"

const role = (handle: string) => new Set(BUILT_IN_ROLES[handle].permissions)

describe("shopping list access", () => {
  it("lets a buyer read the unit's lists, create lists and edit only their own", () => {
    const buyer = role("buyer")
    expect(mayReadList(buyer, false)).toBe(true)
    expect(mayCreateList(buyer)).toBe(true)
    expect(mayManageList(buyer, true)).toBe(true)
    expect(mayManageList(buyer, false)).toBe(false)
  })

  it("lets the admin edit everyone's lists, and viewers and approvers only read", () => {
    expect(mayManageList(role("admin"), false)).toBe(true)
    for (const handle of ["viewer", "approver"]) {
      expect(mayReadList(role(handle), false)).toBe(true)
      expect(mayCreateList(role(handle))).toBe(false)
      expect(mayManageList(role(handle), true)).toBe(false)
    }
    expect(mayReadList(role("finance"), false)).toBe(false)
  })

  it("lets an owner with manage_own but without view still read their own list", () => {
    const ownOnly = new Set(["shopping_lists.manage_own"])
    expect(mayReadList(ownOnly, true)).toBe(true)
    expect(mayReadList(ownOnly, false)).toBe(false)
  })

  it("names the permission a refused caller lacks", () => {
    expect(listPermissionNeeded("read", false)).toBe("shopping_lists.view")
    expect(listPermissionNeeded("manage", true)).toBe("shopping_lists.manage_own")
    expect(listPermissionNeeded("manage", false)).toBe("shopping_lists.manage_others")
  })
})
