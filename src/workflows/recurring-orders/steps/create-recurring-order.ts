import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recurringOrderModule } from "../../../modules/recurring-order"
import { NewLine } from "../../../modules/recurring-order/service"

export const createRecurringOrderStep = createStep(
  "create-recurring-order",
  async (input: { schedule: Record<string, unknown>; lines: NewLine[] }, { container }) => {
    if (!input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "None of these lines is sold in this storefront any more: nothing to order", "nothing_left")
    const schedule = await recurringOrderModule(container).createWithLines(input.schedule, input.lines)
    return new StepResponse({ id: schedule.id as string }, schedule.id as string)
  },
  async (id, { container }) => {
    if (id) await recurringOrderModule(container).softDeleteRecurringOrders([id])
  }
)
