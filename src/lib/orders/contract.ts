import type { Paginated } from "../business/contract"

/**
 * A business unit's orders as the admin and the B2B portal list them: a few fields, not the
 * whole order. Declared once here; the portal's route answers these shapes and the admin and the
 * portal import them.
 */

export type UnitOrder = {
  id: string
  display_id: number
  status: string
  email: string | null
  currency_code: string
  total: number
  created_at: string
}

/** An order as GET /store/business/units/:id/orders lists it. */
export type StoreUnitOrder = UnitOrder & { customer_id: string | null; sales_channel_id: string | null }

/** GET /store/business/units/:id/orders: newest first, everyone's or only the caller's. */
export type StoreUnitOrdersResponse = Paginated & { orders: StoreUnitOrder[] }

/**
 * An order as the admin reads it from Medusa's GET /admin/orders with the order ↔ business unit
 * link (that list cannot filter on the link, so the admin filters the page itself).
 */
export type AdminUnitOrder = UnitOrder & { business_unit?: { id: string; name: string } | null }

/** GET /admin/orders with the fields of AdminUnitOrder. */
export type AdminUnitOrdersResponse = Paginated & { orders: AdminUnitOrder[] }
