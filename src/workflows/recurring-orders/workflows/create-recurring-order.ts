import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { snapshotListItemsStep, SnapshotListItemsInput } from "../../shopping-list/steps/snapshot-list-items"
import { createRecurringOrderStep } from "../steps/create-recurring-order"

export type CreateRecurringOrderInput = { schedule: Record<string, unknown> } & SnapshotListItemsInput

/**
 * A unit's new recurring order with its lines (typed in, or from a cart, a past order or a
 * shopping list): only variants the Wholesale channel sells are kept; with `unsold: "skip"`
 * the others are left out and reported.
 */
export const createRecurringOrderWorkflow = createWorkflow("create-recurring-order", (input: CreateRecurringOrderInput) => {
  const snapshot = snapshotListItemsStep(input)
  const created = createRecurringOrderStep(
    transform({ input, snapshot }, ({ input, snapshot }) => ({
      schedule: input.schedule,
      lines: snapshot.items.map(({ note: _note, ...line }) => line),
    }))
  )
  return new WorkflowResponse(transform({ created, snapshot }, ({ created, snapshot }) => ({ id: created.id, skipped: snapshot.skipped })))
})
