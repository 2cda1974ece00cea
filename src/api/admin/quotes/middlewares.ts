import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { QuoteMessageBody, StoreQuoteComment } from "../../store/business/quotes/validators"
import { AdminUpdateOffer } from "./validators"

export const adminQuoteMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/quotes/:id", middlewares: [validateAndTransformBody(AdminUpdateOffer)] },
  { method: ["POST"], matcher: "/admin/quotes/:id/send", middlewares: [validateAndTransformBody(StoreQuoteComment)] },
  { method: ["POST"], matcher: "/admin/quotes/:id/withdraw", middlewares: [validateAndTransformBody(StoreQuoteComment)] },
  { method: ["POST"], matcher: "/admin/quotes/:id/messages", middlewares: [validateAndTransformBody(QuoteMessageBody)] },
]
