import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { AdminApprovalFlowsResponse, ApprovalRuleInput, ApprovalRuleResponse, ApprovalRulesResponse, FlowStatus } from "../../lib/approvals/contract"

export function useApprovalRules(unitId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.approvalRules(unitId ?? ""),
    queryFn: () => api.get<ApprovalRulesResponse>("/admin/approval-rules", { business_unit_id: unitId }).then((r) => r.approval_rules),
    enabled: !!unitId,
  })
}

function useInvalidateRules() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: ["b2b", "approval-rules"] })
}

export function useCreateApprovalRule() {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (input: ApprovalRuleInput & { business_unit_id: string }) =>
      api.post<ApprovalRuleResponse>("/admin/approval-rules", input).then((r) => r.approval_rule),
    onSuccess: invalidate,
  })
}

export function useUpdateApprovalRule() {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: ({ id, ...input }: Partial<ApprovalRuleInput> & { id: string }) =>
      api.post<ApprovalRuleResponse>(`/admin/approval-rules/${id}`, input).then((r) => r.approval_rule),
    onSuccess: invalidate,
  })
}

export function useDeleteApprovalRule() {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (id: string) => api.delete(`/admin/approval-rules/${id}`),
    onSuccess: invalidate,
  })
}

export type FlowFilters = { business_unit_id?: string; status?: FlowStatus; limit: number; offset: number }

/** Approval flows with their decisions (the audit trail), newest first. */
export function useApprovalFlows(filters: FlowFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.approvalFlowList(filters),
    queryFn: () => api.get<AdminApprovalFlowsResponse>("/admin/approval-flows", filters),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })
}
