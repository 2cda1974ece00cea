import { renderEmail } from "../render"

describe("renderEmail", () => {
  it("keeps the subscriber's subject and text, and adds the action as a link in text and a button in HTML", () => {
    const email = renderEmail("business-invite", {
      subject: "You are invited to order for Acme",
      text: "You have been invited.",
      action_url: "http://localhost:8001/invite?token=abc",
      action_label: "Accept the invite",
    })
    expect(email.subject).toBe("You are invited to order for Acme")
    expect(email.text).toContain("You have been invited.")
    expect(email.text).toContain("Accept the invite: http://localhost:8001/invite?token=abc")
    expect(email.html).toContain('href="http://localhost:8001/invite?token=abc"')
    expect(email.html).toContain(">Accept the invite</a>")
  })

  it("escapes what the text carries, so a unit or product name can never inject markup", () => {
    const email = renderEmail("order-placed", { subject: "Order <b>#1</b>", text: `Thanks, <script>alert("x")</script> & co` })
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")
    expect(email.html).toContain("Order &lt;b&gt;#1&lt;/b&gt;")
  })

  it("turns only web links into buttons", () => {
    expect(renderEmail("x", { subject: "s", text: "t", action_url: "javascript:alert(1)" }).html).not.toContain("javascript:")
    expect(renderEmail("x", { subject: "s", text: "t", action_url: "not a url" }).text).not.toContain("not a url")
  })

  it("never sends an empty message", () => {
    const email = renderEmail("x", {})
    expect(email.subject).toBe("A message from Bean & Leaf")
    expect(email.text).toContain("A message from Bean & Leaf")
  })
})
