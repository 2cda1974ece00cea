import { defineMiddlewares } from "@medusajs/framework/http"
import { storeCartMiddlewares } from "./store/carts/middlewares"

export default defineMiddlewares({
  routes: [...storeCartMiddlewares],
})
