import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { AdminApprovalFlowsResponse, ApprovalFlow } from "../../lib/approvals/contract"
import type { Associate } from "../../lib/business/contract"
import type { Invoice, InvoicesResponse } from "../../lib/net-terms/contract"
import type { AdminUnitOrder, AdminUnitOrdersResponse } from "../../lib/orders/contract"

const ORDER_LIST_FIELDS = "id,display_id,status,email,total,currency_code,created_at,business_unit.id,business_unit.name"
const ORDERS_SCANNED = 500

/**
 * Orders placed in a unit or in the units below it (`unitIds`). Medusa's order list cannot
 * filter on the order ↔ business unit link, so the latest orders (up to 500) are read with the
 * link and filtered here.
 */
export function useUnitOrders(unitId: string, unitIds: string[]) {
  const ids = new Set(unitIds.length ? unitIds : [unitId])
  return useQuery({
    queryKey: [...queryKeys.unitOrders(unitId), [...ids].sort()],
    queryFn: async () => {
      const matching: AdminUnitOrder[] = []
      let scanned = 0
      let total = 0
      for (let offset = 0; offset < ORDERS_SCANNED; offset += 100) {
        const res = await api.get<AdminUnitOrdersResponse>("/admin/orders", {
          fields: ORDER_LIST_FIELDS,
          limit: 100,
          offset,
          order: "-created_at",
        })
        total = res.count
        scanned += res.orders.length
        matching.push(...res.orders.filter((o) => !!o.business_unit && ids.has(o.business_unit.id)))
        if (res.orders.length < 100) break
      }
      return { orders: matching, scanned, total }
    },
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
 * flows of its cart (flows are listed by unit and matched on cart id) and its invoice (listed
 * by unit, narrowed by PO number when there is one, matched on order id).
 */
export function useOrderB2bInfo(orderId: string) {
  return useQuery({
    queryKey: queryKeys.orderB2b(orderId),
    queryFn: async (): Promise<OrderB2bInfo> => {
      const { order } = await api.get<{ order: OrderB2bLinks }>(`/admin/orders/${orderId}`, {
        fields: "id,display_id,metadata,business_unit.id,business_unit.name,business_unit.status,business_unit.parent_id,business_associate.id,business_associate.email,business_associate.roles,business_associate.customer_id,cart.id",
      })
      const poNumber = typeof order.metadata?.po_number === "string" ? order.metadata.po_number : null
      const unitId = order.business_unit?.id
      if (!unitId) return { order, poNumber, approvalFlows: [], invoice: null }

      const cartId = order.cart?.id
      const [flows, invoices] = await Promise.all([
        cartId
          ? api.get<AdminApprovalFlowsResponse>("/admin/approval-flows", { business_unit_id: unitId, limit: 100 })
          : Promise.resolve({ approval_flows: [] as ApprovalFlow[] }),
        api.get<InvoicesResponse>("/admin/invoices", { business_unit_id: unitId, q: poNumber ?? undefined, limit: 100 }),
      ])
      return {
        order,
        poNumber,
        approvalFlows: flows.approval_flows.filter((f) => f.cart_id === cartId),
        invoice: invoices.invoices.find((i) => i.order_id === order.id) ?? null,
      }
    },
  })
}
