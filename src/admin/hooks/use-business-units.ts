import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type {
  AdminBusinessUnitDetailResponse,
  AdminBusinessUnitResponse,
  AdminBusinessUnitsResponse,
  AdminUnitCustomerGroupResponse,
  AdminUnitPriceListResponse,
  AssociateResponse,
  BusinessUnit,
  BusinessUnitInput,
  InviteResponse,
  RoleAssignment,
  UnitStatus,
} from "../../lib/business/contract"

export type UnitFilters = { q?: string; status?: UnitStatus; parent_id?: string; company_id?: string }

const PAGE = 100
const MAX_PAGES = 20

/** Every unit matching the filters (pages of 100 read in turn, up to 2,000 units). */
export async function fetchAllUnits(filters: UnitFilters = {}): Promise<BusinessUnit[]> {
  const units: BusinessUnit[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await api.get<AdminBusinessUnitsResponse>("/admin/business-units", { ...filters, limit: PAGE, offset: page * PAGE })
    units.push(...res.business_units)
    if (units.length >= res.count || res.business_units.length < PAGE) break
  }
  return units
}

export function useBusinessUnits(filters: UnitFilters = {}) {
  return useQuery({
    queryKey: queryKeys.unitList(filters),
    queryFn: () => fetchAllUnits(filters),
  })
}

export function useBusinessUnit(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.unit(id ?? ""),
    queryFn: () => api.get<AdminBusinessUnitDetailResponse>(`/admin/business-units/${id}`).then((r) => r.business_unit),
    enabled: !!id,
  })
}

function useInvalidateUnits() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: queryKeys.units })
}

export function useCreateBusinessUnit() {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: (input: BusinessUnitInput) =>
      api.post<AdminBusinessUnitResponse>("/admin/business-units", input).then((r) => r.business_unit),
    onSuccess: invalidate,
  })
}

export function useUpdateBusinessUnit(id: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: (input: BusinessUnitInput) =>
      api.post<AdminBusinessUnitDetailResponse>(`/admin/business-units/${id}`, input).then((r) => r.business_unit),
    onSuccess: invalidate,
  })
}

export function useDeleteBusinessUnit(id: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: () => api.delete(`/admin/business-units/${id}`),
    onSuccess: invalidate,
  })
}

export function useUpdateAssociateRoles(unitId: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: ({ associateId, roles }: { associateId: string; roles: RoleAssignment[] }) =>
      api.post<AssociateResponse>(`/admin/business-units/${unitId}/associates/${associateId}`, { roles }),
    onSuccess: invalidate,
  })
}

export function useRemoveAssociate(unitId: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: (associateId: string) => api.delete(`/admin/business-units/${unitId}/associates/${associateId}`),
    onSuccess: invalidate,
  })
}

export function useInviteAssociate(unitId: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: (input: { email: string; roles: RoleAssignment[] }) =>
      api.post<InviteResponse>(`/admin/business-units/${unitId}/invites`, input),
    onSuccess: invalidate,
  })
}

export function useSetUnitCustomerGroup(unitId: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: (customerGroupId: string) =>
      api.post<AdminUnitCustomerGroupResponse>(`/admin/business-units/${unitId}/customer-group`, { customer_group_id: customerGroupId }),
    onSuccess: invalidate,
  })
}

export function useSetUnitPriceList(unitId: string) {
  const invalidate = useInvalidateUnits()
  return useMutation({
    mutationFn: (priceListId: string) =>
      api.post<AdminUnitPriceListResponse>(`/admin/business-units/${unitId}/price-list`, { price_list_id: priceListId }),
    onSuccess: invalidate,
  })
}
