import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { netTermsModule } from "../../modules/net-terms"

/**
 * Cancelling a net-terms order voids its invoice, which frees its credit. Payments recorded on
 * the invoice stay on it for the merchant to refund (Medusa refunds a captured payment itself).
 */
cancelOrderWorkflow.hooks.orderCanceled(
  async ({ order }, { container }) => {
    const service = netTermsModule(container)
    const invoices = await service.listInvoices({ order_id: order.id })
    return new StepResponse(undefined, await service.voidInvoices(invoices, "Order canceled"))
  },
  async (before, { container }) => netTermsModule(container).restoreVoidedInvoices(before)
)
