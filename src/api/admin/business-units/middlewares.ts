import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import {
  AdminAddAssociate,
  AdminCreateRole,
  AdminCreateUnit,
  AdminInvite,
  AdminInviteAction,
  AdminSetCustomerGroup,
  AdminSetPriceList,
  AdminUpdateAssociate,
  AdminUpdateRole,
  AdminUpdateUnit,
} from "./validators"
import { Address, StoreUpdateAddress } from "../../store/business/validators"
import { BudgetBody } from "../../store/business/approvals/validators"

// Medusa itself requires an authenticated admin user on every /admin route.
const body = (matcher: string, schema: z.ZodType): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [validateAndTransformBody(schema)],
})

const UNIT = "/admin/business-units/:id"

export const adminBusinessMiddlewares: MiddlewareRoute[] = [
  body("/admin/business-units", AdminCreateUnit),
  body(UNIT, AdminUpdateUnit),
  body(`${UNIT}/associates`, AdminAddAssociate),
  body(`${UNIT}/associates/:associate_id`, AdminUpdateAssociate),
  body(`${UNIT}/invites`, AdminInvite),
  body(`${UNIT}/invites/:invite_id/:action`, AdminInviteAction),
  // Addresses and budgets: the portal's validators, as the handlers are the portal's.
  body(`${UNIT}/addresses`, Address),
  body(`${UNIT}/addresses/:address_id`, StoreUpdateAddress),
  body(`${UNIT}/budgets`, BudgetBody),
  body(`${UNIT}/customer-group`, AdminSetCustomerGroup),
  body(`${UNIT}/price-list`, AdminSetPriceList),
  body("/admin/business-roles", AdminCreateRole),
  body("/admin/business-roles/:id", AdminUpdateRole),
]
