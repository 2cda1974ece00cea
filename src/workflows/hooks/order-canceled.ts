import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { netTermsService } from "../net-terms/utils/terms-of-unit"
import { restoreVoidedInvoices, voidInvoices } from "../net-terms/utils/void-invoices"

/**
 * Cancelling a net-terms order voids its invoice, which frees its credit. Payments recorded on
 * the invoice stay on it for the merchant to refund (Medusa refunds a captured payment itself).
 */
cancelOrderWorkflow.hooks.orderCanceled(
  async ({ order }, { container }) => {
    const invoices = await netTermsService(container).listInvoices({ order_id: order.id })
    return new StepResponse(undefined, await voidInvoices(container, invoices, "Order canceled"))
  },
  async (before, { container }) => restoreVoidedInvoices(container, before)
)
