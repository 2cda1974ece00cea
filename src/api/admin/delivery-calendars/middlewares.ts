import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateDeliveryCalendar, AdminUpdateDeliveryCalendar } from "./validators"

export const adminDeliveryMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/delivery-calendars", middlewares: [validateAndTransformBody(AdminCreateDeliveryCalendar)] },
  { method: ["POST"], matcher: "/admin/delivery-calendars/:id", middlewares: [validateAndTransformBody(AdminUpdateDeliveryCalendar)] },
]
