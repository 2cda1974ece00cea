import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { AdminApprovalFlowsResponse, ApprovalFlow } from "../../lib/approvals/contract"
import type { Associate } from "../../lib/business/contract"
import type { Invoice, InvoicesResponse } from "../../lib/net-terms/contract"
import type { AdminUnitOrdersResponse } from "../../lib/orders/contract"

/** A page of the unit's own orders, newest first, filtered and paged by the backend. */
export function useUnitOrders(unitId: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...queryKeys.unitOrders(unitId), page],
    queryFn: () => api.get<AdminUnitOrdersResponse>(`/admin/business-units/${unitId}/orders`, page),
    placeholderData: (previous) => previous,
  })
}

type OrderB2bLinks = {
  id: string
  display_id: number
  metadata: Record<string, unknown> | null
  business_unit?: { id: string; name: string; status: string; parent_id: string | null } | null
  business_associate?: Pick<Associate, "id" | "email" | "roles" | "customer_id"> | null
  cart?: { id: string } | null
}

export type OrderB2bInfo = {
  order: OrderB2bLinks
  poNumber: string | null
  approvalFlows: ApprovalFlow[]
  invoice: Invoice | null
}

/**
 * The B2B side of an order: its unit and associate (module links), PO number, the approval
 * flows of its cart and its invoice, each read by the order's own ids.
 */
export function useOrderB2bInfo(orderId: string) {
  return useQuery({
    queryKey: queryKeys.orderB2b(orderId),
    queryFn: async (): Promise<OrderB2bInfo> => {
      const { order } = await api.get<{ order: OrderB2bLinks }>(`/admin/orders/${orderId}`, {
        fields: "id,display_id,metadata,business_unit.id,business_unit.name,business_unit.status,business_unit.parent_id,business_associate.id,business_associate.email,business_associate.roles,business_associate.customer_id,cart.id",
      })
      const poNumber = typeof order.metadata?.po_number === "string" ? order.metadata.po_number : null
      if (!order.business_unit) return { order, poNumber, approvalFlows: [], invoice: null }

      const cartId = order.cart?.id
      const [flows, invoices] = await Promise.all([
        cartId
          ? api.get<AdminApprovalFlowsResponse>("/admin/approval-flows", { cart_id: cartId, limit: 100 })
          : Promise.resolve({ approval_flows: [] as ApprovalFlow[] }),
        api.get<InvoicesResponse>("/admin/invoices", { order_id: order.id, limit: 1 }),
      ])
      return { order, poNumber, approvalFlows: flows.approval_flows, invoice: invoices.invoices[0] ?? null }
    },
  })
}
