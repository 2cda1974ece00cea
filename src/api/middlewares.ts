import {
  defineMiddlewares,
  errorHandler,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { isLockTimeout, LOCK_TIMEOUT_RESPONSE } from "../lib/lock-errors"
import { adminBusinessMiddlewares } from "./admin/business-units/middlewares"
import { adminPricingMiddlewares } from "./admin/quantity-rules/middlewares"
import { adminApprovalMiddlewares } from "./admin/approval-rules/middlewares"
import { adminQuoteMiddlewares } from "./admin/quotes/middlewares"
import { adminInvoiceMiddlewares } from "./admin/invoices/middlewares"
import { adminDraftOrderMiddlewares } from "./admin/draft-orders/middlewares"
import { storeBusinessMiddlewares } from "./store/business/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"

const medusaErrorHandler = errorHandler()

export default defineMiddlewares({
  routes: [...storeCartMiddlewares, ...storeBusinessMiddlewares, ...storeProductMiddlewares, ...adminBusinessMiddlewares, ...adminPricingMiddlewares, ...adminQuoteMiddlewares, ...adminApprovalMiddlewares, ...adminInvoiceMiddlewares, ...adminDraftOrderMiddlewares],
  // Lock time-outs are answered as 409 with a message a buyer can act on, whichever locking
  // provider raised them (see src/lib/lock-errors.ts); everything else goes to Medusa's handler.
  errorHandler: (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isLockTimeout(error)) {
      res.status(409).json(LOCK_TIMEOUT_RESPONSE)
      return
    }
    return medusaErrorHandler(error, req, res, next)
  },
})
