import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { parseQuery } from "../../utils/parse-query"
import {
  AdminAddAssociate,
  AdminCreateRole,
  AdminCreateUnit,
  AdminInvite,
  AdminInviteAction,
  AdminListUnitOrders,
  AdminSetCustomerGroup,
  AdminSetPriceList,
  AdminTaxProfile,
  AdminUpdateAssociate,
  AdminUpdateRole,
  AdminUpdateUnit,
} from "./validators"
import { Address, ReceivingProfileBody, StoreUpdateAddress } from "../../store/business/validators"
import { BudgetBody } from "../../store/business/approvals/validators"

// Medusa itself requires an authenticated admin user on every /admin route.
const body = (matcher: string, schema: z.ZodType): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [validateAndTransformBody(schema)],
})

/** A GET route's query string, checked before the route runs (400 naming each bad field) into req.validatedQuery. */
const query = (matcher: string, schema: z.ZodObject): MiddlewareRoute => ({
  method: ["GET"],
  matcher,
  middlewares: [
    (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
      req.validatedQuery = parseQuery(schema, req.query)
      next()
    },
  ],
})

const UNIT = "/admin/business-units/:id"

export const adminBusinessMiddlewares: MiddlewareRoute[] = [
  body("/admin/business-units", AdminCreateUnit),
  body(UNIT, AdminUpdateUnit),
  body(`${UNIT}/associates`, AdminAddAssociate),
  body(`${UNIT}/associates/:associate_id`, AdminUpdateAssociate),
  body(`${UNIT}/invites`, AdminInvite),
  body(`${UNIT}/invites/:invite_id/:action`, AdminInviteAction),
  // Addresses, receiving profiles and budgets: the portal's validators, as the handlers are the portal's.
  body(`${UNIT}/addresses`, Address),
  body(`${UNIT}/addresses/:address_id`, StoreUpdateAddress),
  body(`${UNIT}/receiving-profiles/:address_id`, ReceivingProfileBody),
  body(`${UNIT}/budgets`, BudgetBody),
  body(`${UNIT}/customer-group`, AdminSetCustomerGroup),
  body(`${UNIT}/price-list`, AdminSetPriceList),
  body(`${UNIT}/tax-profile`, AdminTaxProfile),
  query(`${UNIT}/orders`, AdminListUnitOrders),
  body("/admin/business-roles", AdminCreateRole),
  body("/admin/business-roles/:id", AdminUpdateRole),
]
