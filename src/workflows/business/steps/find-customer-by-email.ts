import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findCustomerByEmailStepId = "find-registered-customer-by-email"

/** The registered customer (one with a login) that owns this email, if any. */
export const findCustomerByEmailStep = createStep(findCustomerByEmailStepId, async (email: string, { container }) => {
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
  return new StepResponse({ customer_id: (customers[0]?.id ?? null) as string | null })
})
