import type { CheckoutReadiness, RefusalCode } from "../../../../src/lib/business-cart/policy"
import { businessFetch, UnitHeaders } from "./client"

export type { CheckoutReadiness, RefusalCode }

/** Whether the cart can be ordered now, with the backend's refusal codes (the same policy completion runs). */
export async function getCheckoutReadiness(cartId: string, headers: UnitHeaders): Promise<CheckoutReadiness> {
  const { checkout } = await businessFetch<{ checkout: CheckoutReadiness }>(`/carts/${cartId}/checkout`, { headers })
  return checkout
}

/** Refusals that submitting the cart for approval resolves. */
const NEEDS_SUBMISSION: RefusalCode[] = ["approval_required", "over_budget", "approval_outdated", "approval_rejected"]

export const approvalToRequest = (readiness: CheckoutReadiness) => readiness.refusals.find((r) => NEEDS_SUBMISSION.includes(r.code)) ?? null
