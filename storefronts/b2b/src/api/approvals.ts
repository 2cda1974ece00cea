import { businessFetch, UnitHeaders } from "./client"
import type { ApprovalFlow, StoreApprovalResponse, StoreApprovalsResponse } from "../../../../src/lib/approvals/contract"

export async function submitForApproval(cartId: string, headers: UnitHeaders): Promise<ApprovalFlow> {
  const { approval } = await businessFetch<StoreApprovalResponse>("/approvals", { method: "POST", body: { cart_id: cartId }, headers })
  return approval
}

/** `mine`: the caller's own requests; `to_approve`: pending flows the caller can move on now. */
export async function listApprovals(scope: "mine" | "to_approve", headers: UnitHeaders): Promise<ApprovalFlow[]> {
  const { approvals } = await businessFetch<StoreApprovalsResponse>("/approvals", { query: { scope }, headers })
  return approvals
}

export async function decideApproval(id: string, decision: "approve" | "reject", comment: string | null, headers: UnitHeaders): Promise<ApprovalFlow> {
  const { approval } = await businessFetch<StoreApprovalResponse>(`/approvals/${id}/${decision}`, {
    method: "POST",
    body: { comment: comment || null },
    headers,
  })
  return approval
}

/**
 * The flow that currently governs a cart: the newest one that is not void (a resubmission voids
 * the earlier ones), or null when the cart was never submitted.
 */
export async function approvalOfCart(cartId: string, headers: UnitHeaders): Promise<ApprovalFlow | null> {
  const mine = await listApprovals("mine", headers)
  const ofCart = mine.filter((a) => a.cart_id === cartId && a.status !== "void")
  ofCart.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
  return ofCart[0] ?? null
}
