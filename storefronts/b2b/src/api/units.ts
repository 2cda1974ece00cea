import { businessFetch, UnitHeaders } from "./client"
import { BusinessUnit, PaymentTerms, UnitOrder } from "./types"

export async function listMyUnits(headers: UnitHeaders): Promise<BusinessUnit[]> {
  const { business_units } = await businessFetch<{ business_units: BusinessUnit[] }>("/units", { headers })
  return business_units
}

/** Checks that the customer may act in the unit (the switch itself is the header sent from then on). */
export async function switchContext(unitId: string): Promise<BusinessUnit> {
  const { context } = await businessFetch<{ context: { business_unit: BusinessUnit } }>("/context", {
    method: "POST",
    body: { business_unit_id: unitId },
    headers: {},
  })
  return context.business_unit
}

export type OrderPage = { orders: UnitOrder[]; count: number; limit: number; offset: number }

export function listUnitOrders(unitId: string, placedBy: "me" | "anyone", page: { limit: number; offset: number }, headers: UnitHeaders) {
  return businessFetch<OrderPage>(`/units/${unitId}/orders`, { query: { placed_by: placedBy, ...page }, headers })
}

export async function getPaymentTerms(unitId: string, headers: UnitHeaders): Promise<PaymentTerms> {
  const { payment_terms } = await businessFetch<{ payment_terms: PaymentTerms }>(`/units/${unitId}/payment-terms`, { headers })
  return payment_terms
}
