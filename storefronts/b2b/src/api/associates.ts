import { businessFetch, UnitHeaders } from "./client"
import type { InvitePreview, InvitePreviewResponse } from "../../../../src/lib/business/invite-token"
import type { Associate, AssociateResponse, AssociatesResponse, Invite, InviteResponse, InvitesResponse, RoleAssignment } from "../../../../src/lib/business/contract"

/** The roles every merchant has; merchant-defined roles are not listed to associates. */
export const BUILT_IN_ROLES = [
  { handle: "admin", label: "Administrator", description: "Everything, including associates and approval rules" },
  { handle: "buyer", label: "Buyer", description: "Own carts, orders and quotes" },
  { handle: "approver", label: "Approver", description: "Approves orders, sees everyone's orders" },
  { handle: "finance", label: "Finance", description: "Invoices and statement, everyone's orders" },
  { handle: "viewer", label: "Viewer", description: "Read-only carts, orders and quotes" },
] as const

export async function listAssociates(unitId: string, headers: UnitHeaders): Promise<Associate[]> {
  const { associates } = await businessFetch<AssociatesResponse>(`/units/${unitId}/associates`, { headers })
  return associates
}

export async function updateAssociateRoles(unitId: string, associateId: string, roles: RoleAssignment[], headers: UnitHeaders): Promise<Associate> {
  const { associate } = await businessFetch<AssociateResponse>(`/units/${unitId}/associates/${associateId}`, {
    method: "POST",
    body: { roles },
    headers,
  })
  return associate
}

export async function removeAssociate(unitId: string, associateId: string, headers: UnitHeaders): Promise<void> {
  await businessFetch(`/units/${unitId}/associates/${associateId}`, { method: "DELETE", headers })
}

export async function listInvites(unitId: string, headers: UnitHeaders): Promise<Invite[]> {
  const { invites } = await businessFetch<InvitesResponse>(`/units/${unitId}/invites`, { headers })
  return invites
}

/** Always a pending invite, even for an email that has an account: its holder joins by accepting it. */
export function inviteAssociate(unitId: string, email: string, roles: RoleAssignment[], headers: UnitHeaders) {
  return businessFetch<InviteResponse>(`/units/${unitId}/invites`, {
    method: "POST",
    body: { email, roles },
    headers,
  })
}

/** The logged-in customer, whose email is the invited one, accepts the token from the invite link. */
/** What an invite link leads to, before logging in (no session needed: the token is the credential). */
export async function previewInvite(token: string): Promise<InvitePreview> {
  const { invite } = await businessFetch<InvitePreviewResponse>("/invites/preview", { query: { token }, headers: {} })
  return invite
}

export async function acceptInvite(token: string): Promise<Associate> {
  const { associate } = await businessFetch<AssociateResponse>("/invites/accept", { method: "POST", body: { token }, headers: {} })
  return associate
}
