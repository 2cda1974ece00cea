import { passwordResetNotification } from "../password-reset"

const urls = { b2c: "https://shop.example", b2b: "https://portal.example", admin: "https://api.example/app" }
const event = (actor_type: string, metadata?: Record<string, unknown>) => ({ entity_id: "ana+x@example.com", actor_type, token: "t.o/k", metadata })

describe("passwordResetNotification", () => {
  it("sends a customer to the storefront the request came from, with token and email in the link", () => {
    expect(passwordResetNotification(event("customer", { storefront: "b2b" }), urls)?.data.action_url).toBe(
      "https://portal.example/reset-password?token=t.o%2Fk&email=ana%2Bx%40example.com"
    )
    expect(passwordResetNotification(event("customer", { storefront: "b2c" }), urls)?.data.action_url).toMatch(/^https:\/\/shop\.example\/reset-password\?/)
  })

  it("falls back to the shop for a missing or unknown storefront: metadata never supplies an address", () => {
    expect(passwordResetNotification(event("customer"), urls)?.data.action_url).toMatch(/^https:\/\/shop\.example\//)
    expect(passwordResetNotification(event("customer", { storefront: "https://evil.example" }), urls)?.data.action_url).toMatch(/^https:\/\/shop\.example\//)
  })

  it("sends the merchant's users to the admin's reset page, and nobody else anywhere", () => {
    expect(passwordResetNotification(event("user"), urls)?.data.action_url).toMatch(/^https:\/\/api\.example\/app\/reset-password\?/)
    expect(passwordResetNotification(event("robot"), urls)).toBeNull()
  })

  it("is addressed to the account's email", () => {
    expect(passwordResetNotification(event("customer"), urls)).toEqual(expect.objectContaining({ to: "ana+x@example.com", channel: "email", template: "password-reset" }))
  })
})
