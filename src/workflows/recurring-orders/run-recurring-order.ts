import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { BulkRowReport } from "../../lib/bulk-order/contract"
import { checkCaller, REFUSAL_CODES } from "../../lib/business-cart/policy"
import { RUN_REASON_CODES } from "../../lib/recurring-orders/contract"
import { isLockTimeout } from "../../lib/lock-errors"
import { cartAddressOf } from "../../lib/business/cart-address"
import { poNumberFor } from "../../lib/recurring-orders/po-number"
import { runVerdict, RunVerdict } from "../../lib/recurring-orders/runs"
import { nextFreeRunAfter } from "../../lib/recurring-orders/schedule"
import { approvalModule } from "../../modules/approval"
import { businessModule } from "../../modules/business"
import { recurringOrderModule } from "../../modules/recurring-order"
import { RunOutcome } from "../../modules/recurring-order/service"
import { submitForApprovalWorkflow } from "../approvals/workflows/submit-for-approval"
import { NET_TERMS_PROVIDER_ID } from "../../modules/net-terms-payment"
import { loadBusinessCart, loadUnitFacts, permissionsOf } from "../business-cart/load-business-cart"
import { readyCartForCheckout } from "../business-cart/ready-cart"
import { bulkAddToCartWorkflow } from "../bulk-order/workflows/bulk-add-to-cart"
import { notifyRunOutcome } from "./notify"

/**
 * One due run of a recurring order, as the associate who owns it would place it: a Wholesale
 * cart for the unit built through the bulk path at today's prices, the unit's address, the
 * schedule's shipping option and payment, then Medusa's own completion, whose hooks hold the
 * business-cart policy (the same as every other path into an order). Exactly once per
 * schedule and due date: under the schedule's lock, the run row is claimed first (unique per
 * schedule and date), the cart is recorded on it, and completing a cart Medusa already turned
 * into an order answers that order, so a crash anywhere resumes instead of ordering twice.
 */

type Schedule = Awaited<ReturnType<ReturnType<typeof recurringOrderModule>["retrieveRecurringOrderOrFail"]>>

export const scheduleLockKey = (scheduleId: string) => `recurring-order:${scheduleId}`

/** `job` under the schedule's lock; false when another process holds it (that one does the work). */
async function underScheduleLock(container: MedusaContainer, scheduleId: string, job: () => Promise<void>): Promise<boolean> {
  try {
    await container.resolve(Modules.LOCKING).execute(scheduleLockKey(scheduleId), job, { timeout: 1 })
    return true
  } catch (error) {
    if (isLockTimeout(error)) return false
    throw error
  }
}

/** Runs the schedule's due run if it is still due. */
export function runDueRecurringOrder(container: MedusaContainer, scheduleId: string, today: string): Promise<boolean> {
  return underScheduleLock(container, scheduleId, () => runUnderLock(container, scheduleId, today))
}

/**
 * A run waiting for approval, once its flow is decided: approved, the cart is completed as the
 * buyer would (the policy checks the approval covers exactly this cart); rejected, the run fails.
 */
export function settleApprovalRun(container: MedusaContainer, runId: string): Promise<boolean> {
  return recurringOrderModule(container)
    .listRecurringOrderRuns({ id: runId }, { relations: ["recurring_order"] })
    .then(([run]) => (run ? underScheduleLock(container, run.recurring_order.id, () => settleUnderLock(container, runId)) : false))
}

async function settleUnderLock(container: MedusaContainer, runId: string) {
  const service = recurringOrderModule(container)
  const [run] = await service.listRecurringOrderRuns({ id: runId }, { relations: ["recurring_order"] })
  if (run?.status !== "awaiting_approval" || !run.approval_flow_id || !run.cart_id) return
  const [flow] = await approvalModule(container).listApprovalFlows({ id: run.approval_flow_id })
  if (!flow || flow.status === "pending") return
  let outcome: RunOutcome
  try {
    outcome =
      flow.status === "approved"
        ? await completeRunCart(container, run.cart_id)
        : flow.status === "rejected"
        ? { status: "failed", reason_code: "approval_rejected", reason: "The approvers rejected this run" }
          : { status: "failed", reason_code: "approval_void", reason: "The approval request was withdrawn" }
  } catch {
    return // an error that may pass: the run keeps waiting and the next pass settles it
  }
  await service.finishRun(run.id, outcome, null)
  await notifyRunOutcome(container, run.recurring_order, { ...run, ...outcome })
}

async function runUnderLock(container: MedusaContainer, scheduleId: string, today: string) {
  const service = recurringOrderModule(container)
  const schedule = await service.retrieveRecurringOrderOrFail(scheduleId)
  const dueOn = schedule.next_run_on
  if (schedule.status !== "active" || !dueOn || dueOn > today) return
  const earlier = await service.listRecurringOrderRuns({ recurring_order_id: schedule.id }, { select: ["id", "due_on", "status", "po_number"], take: null })
  // A run still waiting for approval when the next one is due is not ordered any more: the next run takes over.
  for (const stale of earlier.filter((r) => r.status === "awaiting_approval" && r.due_on < dueOn)) {
    const outcome: RunOutcome = { status: "failed", reason_code: "approval_not_in_time", reason: `Not approved before the next run (${dueOn})` }
    await service.finishRun(stale.id, outcome, null)
    await notifyRunOutcome(container, schedule, { ...stale, ...outcome })
  }
  const runNumber = earlier.filter((r) => r.due_on !== dueOn).length + 1
  const run = await service.claimRun(schedule.id, dueOn, schedule.po_pattern ? poNumberFor(schedule.po_pattern, dueOn, runNumber) : null)
  const taken = new Set([...earlier.map((r) => r.due_on), dueOn])
  const next = nextFreeRunAfter({ frequency: schedule.frequency as any, start_on: schedule.start_on, end_on: schedule.end_on }, dueOn, taken)
  const advance = { id: schedule.id, next_run_on: next, ...(next ? {} : { status: "ended" as const }) }
  if (run.status !== "running") {
    // Decided before (a lost lock, a crash after the run was recorded): only the schedule moves on.
    await service.updateRecurringOrders(advance)
    return
  }
  let outcome: RunOutcome
  try {
    outcome = await placeRun(container, schedule, run)
  } catch (error) {
    const attempts = (run.attempts ?? 0) + 1
    if (!isRunRefusal(error) && attempts < MAX_ATTEMPTS) {
      // Something that may pass (a lock or a connection timing out): the run stays claimed with
      // its cart, and the next pass resumes it.
      await service.updateRecurringOrderRuns({ id: run.id, attempts, reason: (error as Error).message })
      return
    }
    outcome = { status: "failed", reason_code: (error as MedusaError).code ?? "run_failed", reason: (error as Error).message }
  }
  await service.finishRun(run.id, outcome, advance)
  await notifyRunOutcome(container, schedule, { ...run, ...outcome })
}

async function placeRun(container: MedusaContainer, schedule: Schedule, run: { id: string; cart_id: string | null; po_number: string | null }): Promise<RunOutcome> {
  const service = recurringOrderModule(container)
  let cartId = run.cart_id
  let rows: BulkRowReport[] = []
  if (!cartId) {
    // Who orders, before any cart is made: the unit active, the owner still allowed to place orders.
    const unit = await loadUnitFacts(container, schedule.business_unit_id, schedule.customer_id)
    const permissions = await permissionsOf(container, unit, schedule.customer_id)
    const [refusal] = checkCaller({ unit: { id: schedule.business_unit_id, active: unit.active }, actor: { permissions, is_owner: true } })
    if (refusal) return { status: "failed", reason_code: refusal.code, reason: refusal.message }
    const built = await createRunCart(container, schedule, run.po_number)
    cartId = built.cart_id
    rows = built.rows
    await service.updateRecurringOrderRuns({ id: run.id, cart_id: cartId })
  }
  // Also when resuming a run an earlier pass left half-way.
  await readyCartForCheckout(container, cartId, schedule.shipping_option_id, schedule.payment_provider_id)
  const loaded = await loadBusinessCart(container, cartId, { actorCustomerId: schedule.customer_id, readiness: true })
  const placed = loaded.cart.completed_at ? await orderOfCart(container, cartId) : null
  if (placed) return { status: "placed", order_id: placed }
  const verdict: RunVerdict = runVerdict(rows, loaded.refusals, loaded.lines.length)
  if (verdict.kind === "fail") return { status: "failed", reason_code: verdict.code, reason: verdict.message, skipped_lines: verdict.skipped }
  if (verdict.kind === "approval") {
    const { result: flow } = await submitForApprovalWorkflow(container).run({ input: { cart_id: cartId, customer_id: schedule.customer_id } })
    return { status: "awaiting_approval", approval_flow_id: flow.id, reason_code: verdict.code, reason: verdict.message, skipped_lines: verdict.skipped }
  }
  return { ...(await completeRunCart(container, cartId)), skipped_lines: verdict.skipped }
}

/** How often a run is tried again after an error that may pass before it is recorded as failed. */
const MAX_ATTEMPTS = 3

const NOT_ENOUGH_STOCK = /not enough stock|insufficient|inventory/i

/** A refusal of this run itself (the policy, stock, its address), as opposed to an error that may pass. */
function isRunRefusal(error: unknown): boolean {
  const code = (error as MedusaError)?.code
  return (!!code && ((REFUSAL_CODES as readonly string[]).includes(code) || (RUN_REASON_CODES as readonly string[]).includes(code))) || NOT_ENOUGH_STOCK.test((error as Error)?.message ?? "")
}

/**
 * Completes the run's cart through Medusa's completion (and its policy hook): the order, or why
 * not. Whatever the completion answered, a cart that did become an order is that order (seen in
 * the benchmark: Medusa 2.21 completed a cart and then failed on "Cannot create multiple links
 * between 'order' and 'payment'"; the run must not call that a failure). Errors that may pass
 * are thrown for the caller to try again.
 */
export async function completeRunCart(container: MedusaContainer, cartId: string): Promise<RunOutcome> {
  try {
    const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
    return { status: "placed", order_id: result.id }
  } catch (error) {
    const placed = await orderOfCart(container, cartId)
    if (placed) return { status: "placed", order_id: placed }
    if (!isRunRefusal(error)) throw error
    const code = (error as MedusaError).code
    return { status: "failed", reason_code: NOT_ENOUGH_STOCK.test((error as Error).message) ? "out_of_stock" : code ?? "not_completed", reason: (error as Error).message }
  }
}

async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id: string } | undefined)?.order_id ?? null
}

/** The run's cart: the owner's Wholesale cart in the unit, the lines through the bulk path, address, shipping and payment. */
async function createRunCart(container: MedusaContainer, schedule: Schedule, poNumber: string | null) {
  const business = businessModule(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [[address], { data: customers }] = await Promise.all([
    business.listBusinessUnitAddresses({ id: schedule.shipping_address_id, business_unit_id: schedule.business_unit_id }),
    query.graph({ entity: "customer", fields: ["email"], filters: { id: schedule.customer_id } }),
  ])
  if (!address) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The schedule's shipping address is no longer one of the unit's addresses", "address_gone")
  const cartAddress = cartAddressOf(address)
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: schedule.region_id,
      sales_channel_id: schedule.sales_channel_id,
      customer_id: schedule.customer_id,
      email: (customers[0] as { email?: string } | undefined)?.email,
      shipping_address: cartAddress,
      billing_address: cartAddress,
      metadata: { po_number: poNumber, recurring_order_id: schedule.id },
      additional_data: { business_unit_id: schedule.business_unit_id, associate_id: schedule.associate_id },
    } as any,
  })
  const lines = [...schedule.lines].sort((a, b) => a.position - b.position).map((l) => ({ variant_id: l.variant_id, sku: l.sku, quantity: l.quantity }))
  const { result: plan } = await bulkAddToCartWorkflow(container).run({ input: { cart_id: cart.id, lines, mode: "valid_only" } })
  return { cart_id: cart.id as string, rows: plan.rows }
}

