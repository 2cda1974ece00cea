import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { netTermsService } from "../net-terms/utils/terms-of-unit"

/**
 * Cancelling a net-terms order voids its invoice, which frees its credit. Payments recorded on
 * the invoice stay on it for the merchant to refund (Medusa refunds a captured payment itself).
 */
cancelOrderWorkflow.hooks.orderCanceled(
  async ({ order }, { container }) => {
    const service = netTermsService(container)
    const invoices = (await service.listInvoices({ order_id: order.id })).filter((i) => i.status !== "void")
    if (invoices.length) {
      await service.updateInvoices(invoices.map((i) => ({ id: i.id, status: "void" as const, void_reason: "Order canceled", voided_at: new Date() })))
    }
    return new StepResponse(undefined, invoices.map((i) => ({ id: i.id, status: i.status })))
  },
  async (before, { container }) => {
    if (before?.length) await netTermsService(container).updateInvoices(before.map((b) => ({ ...b, void_reason: null, voided_at: null })))
  }
)
