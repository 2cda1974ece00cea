import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { z } from "@medusajs/framework/zod"
import { Permission } from "../../../lib/business/permissions"
import { requireBusinessContext, requireUnitPermission } from "../../utils/business-context"
import {
  Address,
  ReceivingProfileBody,
  StoreAcceptInvite,
  StoreCreateDivision,
  StoreInviteAssociate,
  StoreSwitchContext,
  StoreUpdateAddress,
  StoreUpdateAssociate,
  StoreUpdateUnit,
} from "./validators"
import { ApprovalRuleBody, ApprovalRuleUpdate, BudgetBody, StoreApprovalDecision, StoreSubmitForApproval } from "./approvals/validators"
import { QuoteMessageBody, StoreQuoteComment, StoreRenegotiate, StoreRequestQuote } from "./quotes/validators"
import { StoreBulkAdd, StoreDeliveryPlan, StoreReorder } from "./carts/validators"
import { guardBodyCart, guardCart } from "../carts/middlewares"
import { guardPastOrderUse } from "../isolation/middlewares"
import { guardLineSource, guardShoppingList } from "./shopping-lists/access"
import { guardRecurringOrder } from "./recurring-orders/access"
import { StoreCreateRecurringOrder, StoreScheduleAction, StoreUpdateRecurringOrder } from "./recurring-orders/validators"
import {
  ListItemBody,
  StoreCopyShoppingList,
  StoreCreateShoppingList,
  StoreListPositions,
  StoreListToCart,
  StoreUpdateListItem,
  StoreUpdateShoppingList,
} from "./shopping-lists/validators"

type Method = "GET" | "POST" | "DELETE"
type Middlewares = NonNullable<MiddlewareRoute["middlewares"]>

/**
 * One B2B route: business context first (Wholesale key, logged-in customer, memberships), then
 * the unit permission (`null`: any role in the unit; `undefined`: no unit in the path), then
 * the guards of the record in the path (`before`), then the body, so a refused caller learns
 * nothing from validation messages, then the guards that need the body (`after`).
 */
function b2b(
  method: Method,
  matcher: string,
  permission: Permission[] | null | undefined,
  body?: z.ZodType,
  guards: { before?: Middlewares; after?: Middlewares } = {}
): MiddlewareRoute {
  const middlewares: Middlewares = [requireBusinessContext]
  if (permission !== undefined) middlewares.push(requireUnitPermission(...(permission ?? [])))
  middlewares.push(...(guards.before ?? []))
  if (body) middlewares.push(validateAndTransformBody(body))
  middlewares.push(...(guards.after ?? []))
  return { method: [method], matcher, middlewares }
}

/** An order sheet upload: one file of at most 5 MB in the multipart field "file", kept in memory. */
const orderSheetUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1 } }).single("file")

/** Multer's own refusals (file too large, a second file, another field name) as 400s with its message. */
function receiveOrderSheet(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  orderSheetUpload(req as any, res as any, (error?: unknown) => {
    if (error instanceof multer.MulterError) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Order sheet upload refused: ${error.message}`))
    next(error as any)
  })
}

const UNIT = "/store/business/units/:id"
const LIST = "/store/business/shopping-lists/:id"
const SCHEDULE = "/store/business/recurring-orders/:id"

export const storeBusinessMiddlewares: MiddlewareRoute[] = [
  b2b("GET", "/store/business/units", undefined),
  b2b("GET", "/store/business/context", undefined),
  b2b("POST", "/store/business/context", undefined, StoreSwitchContext),
  b2b("POST", "/store/business/invites/accept", undefined, StoreAcceptInvite),
  b2b("GET", UNIT, null),
  b2b("POST", UNIT, ["unit.update"], StoreUpdateUnit),
  b2b("POST", `${UNIT}/divisions`, ["divisions.create"], StoreCreateDivision),
  b2b("GET", `${UNIT}/associates`, ["associates.manage"]),
  b2b("POST", `${UNIT}/associates/:associate_id`, ["associates.manage"], StoreUpdateAssociate),
  b2b("DELETE", `${UNIT}/associates/:associate_id`, ["associates.manage"]),
  b2b("GET", `${UNIT}/invites`, ["associates.manage"]),
  b2b("POST", `${UNIT}/invites`, ["associates.manage"], StoreInviteAssociate),
  b2b("GET", `${UNIT}/addresses`, null),
  b2b("POST", `${UNIT}/addresses`, ["unit.update"], Address),
  b2b("POST", `${UNIT}/addresses/:address_id`, ["unit.update"], StoreUpdateAddress),
  b2b("DELETE", `${UNIT}/addresses/:address_id`, ["unit.update"]),
  b2b("GET", `${UNIT}/receiving-profiles`, null),
  b2b("POST", `${UNIT}/receiving-profiles/:address_id`, ["unit.update"], ReceivingProfileBody),
  b2b("GET", `${UNIT}/orders`, ["orders.view_own", "orders.view_others"]),
  // Quotes: the permission depends on whose quote it is, so the routes check it (quotes/access.ts).
  b2b("POST", "/store/business/quotes", undefined, StoreRequestQuote),
  b2b("GET", "/store/business/quotes", undefined),
  b2b("GET", "/store/business/quotes/:id", undefined),
  b2b("POST", "/store/business/quotes/:id/accept", undefined),
  b2b("POST", "/store/business/quotes/:id/decline", undefined, StoreQuoteComment),
  b2b("POST", "/store/business/quotes/:id/renegotiate", undefined, StoreRenegotiate),
  b2b("GET", "/store/business/quotes/:id/messages", undefined),
  b2b("POST", "/store/business/quotes/:id/messages", undefined, QuoteMessageBody),
  // A cart's readiness: the permission depends on whose cart it is, so the route checks it.
  b2b("GET", "/store/business/carts/:id/checkout", undefined),
  // Bulk ordering: the cart's own access rules (guardCart: its unit, "own"/"others" rights, its channel).
  // Up to 5,000 lines of JSON: past the body parser's default limit.
  { ...b2b("POST", "/store/business/carts/:id/line-items/bulk", undefined, StoreBulkAdd, { before: [guardCart] }), bodyParser: { sizeLimit: "2mb" } },
  b2b("POST", "/store/business/carts/:id/line-items/import", undefined, undefined, { before: [guardCart, receiveOrderSheet] }),
  b2b("GET", "/store/business/carts/:id/export", undefined, undefined, { before: [guardCart] }),
  b2b("GET", "/store/business/order-sheet-template", undefined),
  // Delivery terms: the cart's own access rules (reading, changing; completing needs the place-orders right).
  b2b("GET", "/store/business/carts/:id/delivery-dates", undefined, undefined, { before: [guardCart] }),
  b2b("GET", "/store/business/carts/:id/deliveries", undefined, undefined, { before: [guardCart] }),
  b2b("POST", "/store/business/carts/:id/deliveries", undefined, StoreDeliveryPlan, { before: [guardCart] }),
  b2b("DELETE", "/store/business/carts/:id/deliveries", undefined, undefined, { before: [guardCart] }),
  b2b("POST", "/store/business/carts/:id/deliveries/complete", undefined, undefined, { before: [guardCart] }),
  b2b("GET", "/store/business/deliveries", undefined),
  // A past order: readable by the caller (orders.view_own / view_others, guardPastOrderUse).
  b2b("POST", "/store/business/orders/:id/reorder", undefined, StoreReorder, { before: [guardPastOrderUse], after: [guardBodyCart] }),
  b2b("GET", "/store/business/orders/:id/export", undefined, undefined, { before: [guardPastOrderUse] }),
  // One order for the portal's page (PO, approval trail, invoice): the same reading rules, checked by the route (orders/access.ts).
  b2b("GET", "/store/business/orders/:id", undefined),
  // Approvals: the requester or an approver of the flow's unit (approvals/access.ts).
  b2b("POST", "/store/business/approvals", undefined, StoreSubmitForApproval),
  b2b("GET", "/store/business/approvals", undefined),
  b2b("GET", "/store/business/approvals/:id", undefined),
  b2b("POST", "/store/business/approvals/:id/approve", undefined, StoreApprovalDecision),
  b2b("POST", "/store/business/approvals/:id/reject", undefined, StoreApprovalDecision),
  b2b("GET", `${UNIT}/approval-rules`, ["approval_rules.manage"]),
  b2b("POST", `${UNIT}/approval-rules`, ["approval_rules.manage"], ApprovalRuleBody),
  b2b("POST", `${UNIT}/approval-rules/:rule_id`, ["approval_rules.manage"], ApprovalRuleUpdate),
  b2b("DELETE", `${UNIT}/approval-rules/:rule_id`, ["approval_rules.manage"]),
  b2b("GET", `${UNIT}/budgets`, ["approval_rules.manage"]),
  b2b("POST", `${UNIT}/budgets`, ["approval_rules.manage"], BudgetBody),
  b2b("GET", `${UNIT}/payment-terms`, null),
  b2b("GET", `${UNIT}/invoices`, ["invoices.view"]),
  b2b("GET", `${UNIT}/invoices/:invoice_id`, ["invoices.view"]),
  b2b("GET", `${UNIT}/invoices/:invoice_id/pdf`, ["invoices.view"]),
  b2b("GET", `${UNIT}/statement`, ["invoices.view"]),
  // Shopping lists: the unit's lists; each list's own rules (its unit, "own"/"others" rights) in shopping-lists/access.ts.
  b2b("GET", `${UNIT}/shopping-lists`, ["shopping_lists.view"]),
  b2b("POST", `${UNIT}/shopping-lists`, ["shopping_lists.manage_own"], StoreCreateShoppingList, { after: [guardLineSource] }),
  b2b("GET", LIST, undefined, undefined, { before: [guardShoppingList("read")] }),
  b2b("POST", LIST, undefined, StoreUpdateShoppingList, { before: [guardShoppingList("manage")] }),
  b2b("DELETE", LIST, undefined, undefined, { before: [guardShoppingList("manage")] }),
  b2b("POST", `${LIST}/items`, undefined, ListItemBody, { before: [guardShoppingList("manage")] }),
  b2b("POST", `${LIST}/items/:item_id`, undefined, StoreUpdateListItem, { before: [guardShoppingList("manage")] }),
  b2b("DELETE", `${LIST}/items/:item_id`, undefined, undefined, { before: [guardShoppingList("manage")] }),
  b2b("POST", `${LIST}/positions`, undefined, StoreListPositions, { before: [guardShoppingList("manage")] }),
  b2b("POST", `${LIST}/copy`, undefined, StoreCopyShoppingList, { before: [guardShoppingList("copy")] }),
  b2b("POST", `${LIST}/add-to-cart`, undefined, StoreListToCart, { before: [guardShoppingList("read")], after: [guardBodyCart] }),
  // Recurring orders: the same owned-record rules (recurring_orders.view / manage_own / manage_others).
  b2b("GET", `${UNIT}/recurring-orders`, ["recurring_orders.view"]),
  b2b("POST", `${UNIT}/recurring-orders`, ["recurring_orders.manage_own"], StoreCreateRecurringOrder, { after: [guardLineSource] }),
  b2b("GET", SCHEDULE, undefined, undefined, { before: [guardRecurringOrder("read")] }),
  b2b("POST", SCHEDULE, undefined, StoreUpdateRecurringOrder, { before: [guardRecurringOrder("manage")] }),
  b2b("POST", `${SCHEDULE}/:action`, undefined, StoreScheduleAction, { before: [guardRecurringOrder("manage")] }),
]
