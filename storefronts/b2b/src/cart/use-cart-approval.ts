import { useAsync } from "@storefronts/shared"
import { approvalOfCart } from "../api/approvals"
import { useUnitSession } from "../session/session-context"

/** The approval flow of the cart (null when never submitted), so screens can show its state. */
export function useCartApproval(cartId: string | null | undefined) {
  const { unitHeaders } = useUnitSession()
  return useAsync(async () => (cartId ? approvalOfCart(cartId, unitHeaders()) : null), [cartId, unitHeaders])
}
