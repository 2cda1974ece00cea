import { allowedActions, isPastValidity, nextStatus, QUOTE_STATUSES, QuoteAction, QuoteActor, QuoteStatus, QuoteTransitionError } from "../state-machine"

const LEGAL: [QuoteStatus, QuoteAction, QuoteActor, QuoteStatus][] = [
  ["requested", "draft", "merchant", "drafting"],
  ["drafting", "draft", "merchant", "drafting"],
  ["renegotiating", "draft", "merchant", "drafting"],
  ["requested", "send", "merchant", "sent"],
  ["drafting", "send", "merchant", "sent"],
  ["renegotiating", "send", "merchant", "sent"],
  ["sent", "accept", "buyer", "accepted"],
  ["sent", "decline", "buyer", "declined"],
  ["sent", "renegotiate", "buyer", "renegotiating"],
  ["requested", "withdraw", "merchant", "withdrawn"],
  ["drafting", "withdraw", "merchant", "withdrawn"],
  ["sent", "withdraw", "merchant", "withdrawn"],
  ["renegotiating", "withdraw", "merchant", "withdrawn"],
  ["sent", "expire", "system", "expired"],
]

const ACTOR_OF: Record<QuoteAction, QuoteActor> = {
  draft: "merchant", send: "merchant", withdraw: "merchant", accept: "buyer", decline: "buyer", renegotiate: "buyer", expire: "system",
}

describe("quote state machine", () => {
  it.each(LEGAL)("%s --%s (%s)--> %s", (from, action, actor, to) => {
    expect(nextStatus(from, action, actor)).toBe(to)
  })

  it("refuses every other move from every status, with a reason", () => {
    let refused = 0
    for (const status of QUOTE_STATUSES) {
      for (const action of Object.keys(ACTOR_OF) as QuoteAction[]) {
        if (LEGAL.some(([f, a]) => f === status && a === action)) continue
        expect(() => nextStatus(status, action, ACTOR_OF[action])).toThrow(QuoteTransitionError)
        refused++
      }
    }
    expect(refused).toBe(QUOTE_STATUSES.length * 7 - LEGAL.length)
    expect(() => nextStatus("accepted", "withdraw", "merchant")).toThrow("A accepted quote cannot be withdrawn: only a quote that is requested, drafting, sent, renegotiating can")
  })

  it("refuses a move by the wrong side", () => {
    expect(() => nextStatus("sent", "accept", "merchant")).toThrow("Only the buyer can accept a quote")
    expect(() => nextStatus("requested", "send", "buyer")).toThrow("Only the merchant can send a quote")
    expect(() => nextStatus("sent", "expire", "merchant")).toThrow(/system/)
  })

  it("lists what each side may do next", () => {
    expect(allowedActions("sent", "buyer").sort()).toEqual(["accept", "decline", "renegotiate"])
    expect(allowedActions("sent", "merchant")).toEqual(["withdraw"])
    expect(allowedActions("accepted", "merchant")).toEqual([])
  })

  it("treats a quote past valid-until as expired for accepting", () => {
    const now = new Date("2026-11-24T12:00:00Z")
    expect(isPastValidity("2026-11-24T11:59:59Z", now)).toBe(true)
    expect(isPastValidity("2026-11-25T00:00:00Z", now)).toBe(false)
    expect(isPastValidity(null, now)).toBe(false)
  })
})
