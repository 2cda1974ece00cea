import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recurringOrderModule } from "../../../modules/recurring-order"
import { NewLine } from "../../../modules/recurring-order/service"

/** The schedule's lines replaced as a whole; compensation puts the old ones back. */
export const replaceRecurringOrderLinesStep = createStep(
  "replace-recurring-order-lines",
  async (input: { id: string; lines: NewLine[] }, { container }) => {
    const service = recurringOrderModule(container)
    const before = (await service.listRecurringOrderLines({ recurring_order_id: input.id }, { select: ["id"], take: null })).map((l) => l.id)
    await service.replaceLines(input.id, input.lines)
    return new StepResponse(undefined, { id: input.id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = recurringOrderModule(container)
    const now = (await service.listRecurringOrderLines({ recurring_order_id: undo.id }, { select: ["id"], take: null })).map((l) => l.id)
    if (now.length) await service.softDeleteRecurringOrderLines(now)
    if (undo.before.length) await service.restoreRecurringOrderLines(undo.before)
  }
)
