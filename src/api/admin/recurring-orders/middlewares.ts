import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminRunRecurringOrders } from "./validators"

export const adminRecurringOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/recurring-orders/run", middlewares: [validateAndTransformBody(AdminRunRecurringOrders)] },
]
