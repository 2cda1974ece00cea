import {
  defineMiddlewares,
  errorHandler,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { INVALID_INPUT_RESPONSE, isInvalidInputDbError } from "../lib/db-errors"
import { isLockTimeout, LOCK_TIMEOUT_RESPONSE } from "../lib/lock-errors"
import { inputGuardMiddlewares } from "./utils/input-guard"
import { adminBusinessMiddlewares } from "./admin/business-units/middlewares"
import { adminPricingMiddlewares } from "./admin/quantity-rules/middlewares"
import { adminApprovalMiddlewares } from "./admin/approval-rules/middlewares"
import { adminQuoteMiddlewares } from "./admin/quotes/middlewares"
import { adminInvoiceMiddlewares } from "./admin/invoices/middlewares"
import { adminDraftOrderMiddlewares } from "./admin/draft-orders/middlewares"
import { adminRecurringOrderMiddlewares } from "./admin/recurring-orders/middlewares"
import { adminDeliveryMiddlewares } from "./admin/delivery-calendars/middlewares"
import { storeBusinessMiddlewares } from "./store/business/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storeIsolationMiddlewares } from "./store/isolation/middlewares"
import { storeShippingOptionMiddlewares } from "./store/shipping-options/middlewares"
import { storeWishListMiddlewares } from "./store/wish-list/middlewares"
import { storeViewMiddlewares } from "./store/views/middlewares"

const medusaErrorHandler = errorHandler()

export default defineMiddlewares({
  routes: [...inputGuardMiddlewares, ...storeCartMiddlewares, ...storeBusinessMiddlewares, ...storeProductMiddlewares, ...storeIsolationMiddlewares, ...storeShippingOptionMiddlewares, ...storeWishListMiddlewares, ...storeViewMiddlewares, ...adminBusinessMiddlewares, ...adminPricingMiddlewares, ...adminQuoteMiddlewares, ...adminApprovalMiddlewares, ...adminInvoiceMiddlewares, ...adminDraftOrderMiddlewares, ...adminRecurringOrderMiddlewares, ...adminDeliveryMiddlewares],
  // Lock time-outs are answered as 409 with a message a buyer can act on, whichever locking
  // provider raised them (see src/lib/lock-errors.ts); input the database cannot store as 400
  // (src/lib/db-errors.ts); everything else goes to Medusa's handler.
  errorHandler: (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isLockTimeout(error)) {
      res.status(409).json(LOCK_TIMEOUT_RESPONSE)
      return
    }
    if (isInvalidInputDbError(error)) {
      res.status(400).json(INVALID_INPUT_RESPONSE)
      return
    }
    return medusaErrorHandler(error, req, res, next)
  },
})
