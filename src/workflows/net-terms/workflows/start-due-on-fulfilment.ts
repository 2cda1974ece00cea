import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { startDueOnFulfilmentStep } from "../steps/start-due-on-fulfilment"

export const startDueOnFulfilmentWorkflow = createWorkflow("start-due-on-fulfilment", (input: { order_id: string; fulfilled_at: Date }) => {
  return new WorkflowResponse(startDueOnFulfilmentStep(input))
})
