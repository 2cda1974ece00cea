import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dueDate } from "../../../lib/net-terms/terms"
import { netTermsModule } from "../../../modules/net-terms"

export const startDueOnFulfilmentStepId = "start-due-on-fulfilment"

/** A due-on-fulfilment invoice becomes due on the day its order's first fulfilment is created. */
export const startDueOnFulfilmentStep = createStep(
  startDueOnFulfilmentStepId,
  async (input: { order_id: string; fulfilled_at: Date }, { container }) => {
    const service = netTermsModule(container)
    const waiting = (await service.listInvoices({ order_id: input.order_id, terms: "due_on_fulfillment", due_date: null })).filter((i) => i.status !== "void")
    if (waiting.length) {
      await service.updateInvoices(waiting.map((i) => ({ id: i.id, due_date: dueDate("due_on_fulfillment", i.issued_at, new Date(input.fulfilled_at)) })))
    }
    return new StepResponse(waiting.length, waiting.map((i) => i.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await netTermsModule(container).updateInvoices(ids.map((id) => ({ id, due_date: null })))
  }
)
