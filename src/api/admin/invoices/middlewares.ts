import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminPaymentTerms, AdminRecordPayment, AdminVoidInvoice } from "./validators"

export const adminInvoiceMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/invoices/:id/payments", middlewares: [validateAndTransformBody(AdminRecordPayment)] },
  { method: ["POST"], matcher: "/admin/invoices/:id/void", middlewares: [validateAndTransformBody(AdminVoidInvoice)] },
  { method: ["POST"], matcher: "/admin/business-units/:id/payment-terms", middlewares: [validateAndTransformBody(AdminPaymentTerms)] },
]
