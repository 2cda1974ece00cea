import { SUBMIT_FOR_APPROVAL, type CheckoutReadiness, type RefusalCode } from "../../../../src/lib/business-cart/policy"
import { businessFetch, UnitHeaders } from "./client"

export type { CheckoutReadiness, RefusalCode }

/** Whether the cart can be ordered now, with the backend's refusal codes (the same policy completion runs). */
export async function getCheckoutReadiness(cartId: string, headers: UnitHeaders): Promise<CheckoutReadiness> {
  const { checkout } = await businessFetch<{ checkout: CheckoutReadiness }>(`/carts/${cartId}/checkout`, { headers })
  return checkout
}

/** The refusal that submitting the cart for approval would resolve, if any. */
export const approvalToRequest = (readiness: CheckoutReadiness) => readiness.refusals.find((r) => SUBMIT_FOR_APPROVAL.includes(r.code)) ?? null
