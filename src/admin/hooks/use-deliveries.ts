import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminOrderDeliveryResponse,
  DeliveryCalendarResponse,
  DeliveryCalendarsResponse,
  DeliveryCalendarView,
  PickListResponse,
  ReceivingProfileResponse,
  ReceivingProfilesResponse,
  ReceivingProfileView,
} from "../../lib/delivery/contract"

/**
 * Query keys of delivery terms. Receiving profiles sit below the unit keys (a change to the
 * unit's addresses refreshes them); the rest below one "deliveries" prefix.
 */
export const deliveryKeys = {
  all: ["b2b", "deliveries"] as const,
  pickList: (date: string) => ["b2b", "deliveries", "pick-list", date] as const,
  calendars: ["b2b", "deliveries", "calendars"] as const,
  shippingOptions: ["b2b", "deliveries", "shipping-options"] as const,
  order: (orderId: string) => ["b2b", "deliveries", "order", orderId] as const,
  orderNumbers: (ids: string[]) => ["b2b", "deliveries", "order-numbers", ids] as const,
  receivingProfiles: (unitId: string) => [...queryKeys.units, "receiving-profiles", unitId] as const,
}

/** GET /admin/deliveries/pick-list?date= : the day's stops and totals per SKU. */
export function usePickList(date: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: deliveryKeys.pickList(date),
    queryFn: () => api.get<PickListResponse>("/admin/deliveries/pick-list", { date }),
    enabled: (options.enabled ?? true) && !!date,
  })
}

export function useDeliveryCalendars() {
  return useQuery({
    queryKey: deliveryKeys.calendars,
    queryFn: () => api.get<DeliveryCalendarsResponse>("/admin/delivery-calendars").then((r) => r.delivery_calendars),
  })
}

/** The body of POST /admin/delivery-calendars(/:id). */
export type DeliveryCalendarInput = Omit<DeliveryCalendarView, "id">

function useCalendarMutation<I, R>(send: (input: I) => Promise<R>) {
  const client = useQueryClient()
  // A calendar changes which dates carts may choose, not the placed deliveries: the list is enough.
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: deliveryKeys.calendars }) })
}

/** Creates a calendar (no `id`) or changes one. */
export const useSaveDeliveryCalendar = () =>
  useCalendarMutation(({ id, input }: { id?: string; input: DeliveryCalendarInput }) =>
    api
      .post<DeliveryCalendarResponse>(id ? `/admin/delivery-calendars/${id}` : "/admin/delivery-calendars", input)
      .then((r) => r.delivery_calendar)
  )

export const useDeleteDeliveryCalendar = () => useCalendarMutation((id: string) => api.delete(`/admin/delivery-calendars/${id}`))

export type ShippingOptionName = { id: string; name: string }

/** Medusa's shipping options (admin API), to give a calendar to one. */
export function useShippingOptions() {
  return useQuery({
    queryKey: deliveryKeys.shippingOptions,
    queryFn: () =>
      sdk.admin.shippingOption.list({ limit: 200, fields: "id,name" }).then((r) => r.shipping_options.map((o) => ({ id: o.id, name: o.name }) as ShippingOptionName)),
  })
}

/** The delivery of an order (null when the order has none), with its receiving profile and the other orders of its checkout. */
export function useOrderDelivery(orderId: string) {
  return useQuery({
    queryKey: deliveryKeys.order(orderId),
    queryFn: () => api.get<AdminOrderDeliveryResponse>("/admin/deliveries", { order_id: orderId }).then((r) => r.delivery),
  })
}

/** Display numbers of the given orders, by id ("#12" reads better than an id in a link). */
export function useOrderNumbers(ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))].sort()
  return useQuery({
    queryKey: deliveryKeys.orderNumbers(unique),
    queryFn: async () => {
      const { orders } = await sdk.admin.order.list({ id: unique, limit: unique.length, fields: "id,display_id" })
      return new Map(orders.map((o) => [o.id, o.display_id as number]))
    },
    enabled: unique.length > 0,
  })
}

/** The receiving profiles of a unit's addresses, by address id (an address without one is missing). */
export function useReceivingProfiles(unitId: string) {
  return useQuery({
    queryKey: deliveryKeys.receivingProfiles(unitId),
    queryFn: () =>
      api
        .get<ReceivingProfilesResponse>(`/admin/business-units/${unitId}/receiving-profiles`)
        .then((r) => new Map(r.receiving_profiles.map((p) => [p.address_id, p]))),
  })
}

/** The body of POST /admin/business-units/:id/receiving-profiles/:address_id. */
export type ReceivingProfileInput = Omit<ReceivingProfileView, "address_id">

export function useSaveReceivingProfile(unitId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ addressId, input }: { addressId: string; input: ReceivingProfileInput }) =>
      api
        .post<ReceivingProfileResponse>(`/admin/business-units/${unitId}/receiving-profiles/${addressId}`, input)
        .then((r) => r.receiving_profile),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: deliveryKeys.receivingProfiles(unitId) })
      // pick lists and order pages show the profile too
      client.invalidateQueries({ queryKey: deliveryKeys.all })
    },
  })
}
