import { hashInviteToken, inviteChangeRefusal, inviteRefusal, newInviteToken } from "../invite-token"
import { inviteNotification } from "../invite-message"

describe("invite tokens", () => {
  const now = new Date("2026-11-24T12:00:00Z")
  const pending = { status: "pending", expires_at: new Date("2026-11-30T12:00:00Z"), email: "New.Buyer@Example.com" }

  it("are random, stored only as a hash, and expire after a week", () => {
    const a = newInviteToken(now)
    const b = newInviteToken(now)
    expect(a.token).not.toEqual(b.token)
    expect(a.token_hash).toEqual(hashInviteToken(a.token))
    expect(a.token_hash).not.toContain(a.token)
    expect(a.expires_at.toISOString()).toBe("2026-12-01T12:00:00.000Z")
  })

  it("accepts a pending, unexpired invite for the invited email, case aside", () => {
    expect(inviteRefusal(pending, "new.buyer@example.com", now)).toBeNull()
  })

  it("refuses unknown, used, withdrawn, expired and other-email invites with a reason", () => {
    expect(inviteRefusal(null, "x@example.com", now)).toMatch(/not valid/)
    expect(inviteRefusal({ ...pending, status: "accepted" }, "new.buyer@example.com", now)).toMatch(/already been used/)
    expect(inviteRefusal({ ...pending, status: "revoked" }, "new.buyer@example.com", now)).toMatch(/withdrawn/)
    expect(inviteRefusal({ ...pending, expires_at: now }, "new.buyer@example.com", now)).toMatch(/expired/)
    expect(inviteRefusal(pending, "someone.else@example.com", now)).toMatch(/another email/)
  })

  it("can be resent or revoked by the merchant while pending, and never once accepted or revoked", () => {
    // The expiry plays no part: an expired invite is renewed by resending it.
    expect(inviteChangeRefusal({ status: "pending" }, "resend")).toBeNull()
    expect(inviteChangeRefusal({ status: "pending" }, "revoke")).toBeNull()
    expect(inviteChangeRefusal({ status: "accepted" }, "resend")).toMatch(/already been accepted/)
    expect(inviteChangeRefusal({ status: "accepted" }, "revoke")).toMatch(/already been accepted/)
    expect(inviteChangeRefusal({ status: "revoked" }, "resend")).toMatch(/send a new invite/)
    expect(inviteChangeRefusal({ status: "revoked" }, "revoke")).toMatch(/already revoked/)
  })
})

describe("invite notifications", () => {
  it("carry the accept link with the token for a new person, who registers before accepting", () => {
    const message = inviteNotification({ id: "i1", email: "n@example.com", token: "t/k+n", has_account: false }, "Acme", "http://b2b.test/")
    expect(message).toMatchObject({ to: "n@example.com", channel: "email", template: "business-invite" })
    expect(message.data.accept_url).toBe("http://b2b.test/invite?token=t%2Fk%2Bn")
    expect(message.data.text).toContain(message.data.accept_url)
    expect(message.data.text).toMatch(/Create your account with this email address \(n@example.com\), log in and accept/)
  })

  it("carry the accept link too for an existing account, which joins only by logging in and accepting", () => {
    const message = inviteNotification({ id: "i1", email: "n@example.com", token: "tok", has_account: true }, "Acme", "http://b2b.test")
    expect(message.template).toBe("business-invite")
    expect(message.data.accept_url).toBe("http://b2b.test/invite?token=tok")
    expect(message.data.text).toContain(message.data.accept_url)
    expect(message.data.text).toMatch(/Log in with your account \(n@example.com\) and accept/)
    expect(message.data.text).not.toMatch(/added|now an associate|Create your account/)
    expect(message.data.text).toMatch(/only when you accept/)
  })
})
