import { businessFetch, UnitHeaders } from "./client"
import type { StoreBusinessUnit, StoreBusinessUnitsResponse, StoreSwitchContextResponse } from "../../../../src/lib/business/contract"
import type { StorePaymentTermsResponse } from "../../../../src/lib/net-terms/contract"
import type { PaymentTermsView } from "../../../../src/lib/views/contract"
import type { StoreUnitOrdersResponse } from "../../../../src/lib/orders/contract"

export async function listMyUnits(headers: UnitHeaders): Promise<StoreBusinessUnit[]> {
  const { business_units } = await businessFetch<StoreBusinessUnitsResponse>("/units", { headers })
  return business_units
}

/** Checks that the customer may act in the unit (the switch itself is the header sent from then on). */
export async function switchContext(unitId: string): Promise<StoreBusinessUnit> {
  const { context } = await businessFetch<StoreSwitchContextResponse>("/context", {
    method: "POST",
    body: { business_unit_id: unitId },
    headers: {},
  })
  return context.business_unit
}

export function listUnitOrders(unitId: string, placedBy: "me" | "anyone", page: { limit: number; offset: number }, headers: UnitHeaders) {
  return businessFetch<StoreUnitOrdersResponse>(`/units/${unitId}/orders`, { query: { placed_by: placedBy, ...page }, headers })
}

export async function getPaymentTerms(unitId: string, headers: UnitHeaders): Promise<PaymentTermsView> {
  const { payment_terms } = await businessFetch<StorePaymentTermsResponse>(`/units/${unitId}/payment-terms`, { headers })
  return payment_terms
}
