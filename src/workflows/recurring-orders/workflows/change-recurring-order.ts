import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { snapshotListItemsStep, WantedListItem } from "../../shopping-list/steps/snapshot-list-items"
import { scheduleLockKey } from "../run-recurring-order"
import { changeRecurringOrderStep, RecurringOrderChange } from "../steps/change-recurring-order"
import { replaceRecurringOrderLinesStep } from "../steps/replace-recurring-order-lines"

export type ChangeRecurringOrderInput = RecurringOrderChange & { lines?: WantedListItem[]; sales_channel_ids: string[] }

/**
 * Edits, pause, resume, skip and end, under the schedule's lock (the one its runs take), so a
 * run in progress finishes with what it started with and the change applies to the next.
 * New lines must be sold through the storefront.
 */
export const changeRecurringOrderWorkflow = createWorkflow("change-recurring-order", (input: ChangeRecurringOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => scheduleLockKey(input.id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  when("recurring-order-new-lines", { input }, ({ input }) => !!input.lines?.length).then(() => {
    const snapshot = snapshotListItemsStep(transform({ input }, ({ input }) => ({ items: input.lines!, sales_channel_ids: input.sales_channel_ids, unsold: "refuse" as const })))
    replaceRecurringOrderLinesStep(transform({ input, snapshot }, ({ input, snapshot }) => ({ id: input.id, lines: snapshot.items.map(({ note: _note, ...line }) => line) })))
  })
  changeRecurringOrderStep(transform({ input }, ({ input }) => ({ id: input.id, fields: input.fields, action: input.action, today: input.today })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(input.id)
})
