/**
 * The quote lifecycle. Every move names who may make it; anything else is refused with a
 * message that says what the quote's state allows.
 *
 *   requested ──draft──▶ drafting ──send──▶ sent ──accept──▶ accepted
 *       │                   ▲   │             │ ├──decline──▶ declined
 *       └──────send─────────┼───┘             │ └──renegotiate──▶ renegotiating ──draft──▶ drafting
 *                           │                 └──expire (job, past valid_until)──▶ expired
 *   withdraw (merchant): requested, drafting, sent, renegotiating ──▶ withdrawn
 */
export const QUOTE_STATUSES = ["requested", "drafting", "sent", "accepted", "declined", "renegotiating", "withdrawn", "expired"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export type QuoteAction = "draft" | "send" | "accept" | "decline" | "renegotiate" | "withdraw" | "expire"
export type QuoteActor = "merchant" | "buyer" | "system"

const TRANSITIONS: Record<QuoteAction, { actor: QuoteActor; from: QuoteStatus[]; to: QuoteStatus }> = {
  draft: { actor: "merchant", from: ["requested", "renegotiating", "drafting"], to: "drafting" },
  send: { actor: "merchant", from: ["requested", "drafting", "renegotiating"], to: "sent" },
  accept: { actor: "buyer", from: ["sent"], to: "accepted" },
  decline: { actor: "buyer", from: ["sent"], to: "declined" },
  renegotiate: { actor: "buyer", from: ["sent"], to: "renegotiating" },
  withdraw: { actor: "merchant", from: ["requested", "drafting", "sent", "renegotiating"], to: "withdrawn" },
  expire: { actor: "system", from: ["sent"], to: "expired" },
}

export const TERMINAL: QuoteStatus[] = ["accepted", "declined", "withdrawn", "expired"]

export class QuoteTransitionError extends Error {}

/** The status after `action`, or a QuoteTransitionError explaining why the move is refused. */
export function nextStatus(current: QuoteStatus, action: QuoteAction, actor: QuoteActor): QuoteStatus {
  const transition = TRANSITIONS[action]
  if (transition.actor !== actor) {
    throw new QuoteTransitionError(`Only the ${transition.actor === "buyer" ? "buyer" : transition.actor} can ${action} a quote`)
  }
  if (!transition.from.includes(current)) {
    const allowed = transition.from.join(", ")
    throw new QuoteTransitionError(`A ${current} quote cannot be ${pastTense(action)}: only a quote that is ${allowed} can`)
  }
  return transition.to
}

export function allowedActions(current: QuoteStatus, actor: QuoteActor): QuoteAction[] {
  return (Object.keys(TRANSITIONS) as QuoteAction[]).filter((a) => TRANSITIONS[a].actor === actor && TRANSITIONS[a].from.includes(current))
}

/** A sent quote past its valid-until date can no longer be accepted, even before the job runs. */
export function isPastValidity(validUntil: Date | string | null | undefined, now: Date): boolean {
  return !!validUntil && new Date(validUntil).getTime() < now.getTime()
}

function pastTense(action: QuoteAction) {
  return { draft: "edited", send: "sent", accept: "accepted", decline: "declined", renegotiate: "sent back for renegotiation", withdraw: "withdrawn", expire: "expired" }[action]
}
