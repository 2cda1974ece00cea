import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/core-flows"
import { AdminUnitOrder, AdminUnitOrdersResponse, UnitOrder } from "../../../../../lib/orders/contract"
import { businessModule } from "../../../../../modules/business"
import { listUnitOrdersPage } from "../../../../utils/unit-orders"
import { AdminListUnitOrdersType } from "../../validators"

const UNIT_ORDER_FIELDS: (keyof UnitOrder)[] = ["id", "display_id", "status", "email", "currency_code", "total", "created_at"]

/** What Medusa's getLastPaymentStatus and getLastFulfillmentStatus read, as its own order list asks for them. */
const STATUS_FIELDS = [
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "items.*",
  "items.detail.*",
]

type UnitOrderRow = UnitOrder & Parameters<typeof getLastPaymentStatus>[0] & { metadata: Record<string, unknown> | null }

function presentUnitOrder(row: UnitOrderRow): AdminUnitOrder {
  const { id, display_id, status, email, currency_code, total, created_at, metadata } = row
  return {
    id,
    display_id,
    status,
    email,
    currency_code,
    total,
    created_at,
    payment_status: getLastPaymentStatus(row),
    fulfillment_status: getLastFulfillmentStatus(row),
    po_number: typeof metadata?.po_number === "string" ? metadata.po_number : null,
  }
}

/** The unit's orders, newest first, a page at a time (the unit's own orders, not its divisions'). */
export async function GET(req: MedusaRequest<unknown, AdminListUnitOrdersType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const { orders, count } = await listUnitOrdersPage<UnitOrderRow>(req.scope, req.params.id, {
    fields: [...UNIT_ORDER_FIELDS, "metadata", ...STATUS_FIELDS],
    offset,
    limit,
  })
  res.json({ orders: orders.map(presentUnitOrder), count, limit, offset } satisfies AdminUnitOrdersResponse)
}
