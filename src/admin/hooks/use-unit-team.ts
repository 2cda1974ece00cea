import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { InviteResponse, InvitesResponse, UnitAddressInput, UnitAddressResponse } from "../../lib/business/contract"
import type { AssociateBudgetInput, BudgetResponse, BudgetsResponse } from "../../lib/approvals/contract"
import type { InviteChange } from "../../lib/business/invite-token"

/**
 * A unit's pending invites, addresses and associates' budgets. Every change refreshes all of the
 * unit's data (all of it sits below queryKeys.units): a resent invite, a new default address or
 * a budget also shows elsewhere on the page.
 */
function useUnitMutation<I, R>(send: (input: I) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.units }) })
}

const unitPath = (unitId: string, rest: string) => `/admin/business-units/${unitId}/${rest}`

export function useUnitInvites(unitId: string) {
  return useQuery({
    queryKey: queryKeys.unitInvites(unitId),
    queryFn: () => api.get<InvitesResponse>(unitPath(unitId, "invites")).then((r) => r.invites),
  })
}

export const useChangeInvite = (unitId: string) =>
  useUnitMutation(({ inviteId, change }: { inviteId: string; change: InviteChange }) =>
    api.post<InviteResponse>(unitPath(unitId, `invites/${inviteId}/${change}`)).then((r) => r.invite)
  )

/** Adds an address (no `addressId`) or changes one. */
export const useSaveUnitAddress = (unitId: string) =>
  useUnitMutation(({ addressId, input }: { addressId?: string; input: UnitAddressInput }) =>
    api.post<UnitAddressResponse>(unitPath(unitId, addressId ? `addresses/${addressId}` : "addresses"), input).then((r) => r.address)
  )

export const useDeleteUnitAddress = (unitId: string) => useUnitMutation((addressId: string) => api.delete(unitPath(unitId, `addresses/${addressId}`)))

export function useUnitBudgets(unitId: string) {
  return useQuery({
    queryKey: queryKeys.unitBudgets(unitId),
    queryFn: () => api.get<BudgetsResponse>(unitPath(unitId, "budgets")).then((r) => r.budgets),
  })
}

export const useSetBudget = (unitId: string) =>
  useUnitMutation((input: AssociateBudgetInput) => api.post<BudgetResponse>(unitPath(unitId, "budgets"), input).then((r) => r.budget))

export const useRemoveBudget = (unitId: string) => useUnitMutation((budgetId: string) => api.delete(unitPath(unitId, `budgets/${budgetId}`)))
