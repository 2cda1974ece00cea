import { inviteLinkState, inviteRefusal } from "../invite-token"

const now = new Date("2026-12-01T12:00:00Z")
const invite = (status: string, expires_at = "2026-12-05T00:00:00Z") => ({ status, expires_at, email: "new@example.com" })

describe("inviteLinkState", () => {
  it.each([
    ["pending", invite("pending")],
    ["used", invite("accepted")],
    ["withdrawn", invite("revoked")],
    ["expired", invite("pending", "2026-12-01T11:59:59Z")],
    ["invalid", null],
  ] as const)("reads %s", (state, record) => {
    expect(inviteLinkState(record, now)).toBe(state)
  })

  it("agrees with the refusal acceptance gives", () => {
    expect(inviteRefusal(invite("pending"), "NEW@example.com", now)).toBeNull()
    expect(inviteRefusal(invite("pending"), "other@example.com", now)).toMatch(/another email address/)
    expect(inviteRefusal(invite("pending", "2026-11-30T00:00:00Z"), "new@example.com", now)).toMatch(/expired/)
    expect(inviteRefusal(null, "new@example.com", now)).toMatch(/not valid/)
  })
})
