import { MedusaContainer } from "@medusajs/framework/types"
import { netTermsService } from "./terms-of-unit"

export type VoidedInvoice = { id: string; status: string }

/** Voids the given invoices that are not void yet; returns their previous statuses to restore. */
export async function voidInvoices(container: MedusaContainer, invoices: { id: string; status: string }[], reason: string): Promise<VoidedInvoice[]> {
  const open = invoices.filter((i) => i.status !== "void")
  if (open.length) {
    const now = new Date()
    await netTermsService(container).updateInvoices(open.map((i) => ({ id: i.id, status: "void" as const, void_reason: reason, voided_at: now })))
  }
  return open.map((i) => ({ id: i.id, status: i.status }))
}

/** Compensation of voidInvoices. */
export async function restoreVoidedInvoices(container: MedusaContainer, before: VoidedInvoice[] | undefined) {
  if (before?.length) {
    await netTermsService(container).updateInvoices(before.map((b) => ({ id: b.id, status: b.status as any, void_reason: null, voided_at: null })))
  }
}
