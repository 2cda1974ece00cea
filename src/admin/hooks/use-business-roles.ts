import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { AdminBusinessRoleResponse, AdminBusinessRolesResponse } from "../../lib/business/contract"

/** Built-in and merchant roles, and the permission names a role can hold. */
export function useBusinessRoles() {
  return useQuery({
    queryKey: queryKeys.roles,
    queryFn: () => api.get<AdminBusinessRolesResponse>("/admin/business-roles"),
  })
}

export type RoleInput = { handle?: string; name: string; description?: string | null; permissions: string[] }

export function useCreateBusinessRole() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: RoleInput) => api.post<AdminBusinessRoleResponse>("/admin/business-roles", input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.roles }),
  })
}

export function useUpdateBusinessRole() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: RoleInput & { id: string }) => api.post<AdminBusinessRoleResponse>(`/admin/business-roles/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.roles }),
  })
}

export function useDeleteBusinessRole() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete(`/admin/business-roles/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.roles }),
  })
}
