import { MiddlewareRoute } from "@medusajs/framework/http"

export const adminBusinessMiddlewares: MiddlewareRoute[] = []
