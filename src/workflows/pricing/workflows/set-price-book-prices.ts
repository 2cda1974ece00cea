import { PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchPriceListPricesWorkflow, createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { planPriceBookUpdateStep, PriceBookPrice } from "../steps/plan-price-book-update"

type Input = { sales_channel_id: string; prices: PriceBookPrice[] }

/** Creates the channel's price book on first use, else replaces the given variants' prices in it. */
export const setPriceBookPricesWorkflow = createWorkflow("set-channel-price-book-prices", (input: Input) => {
  const plan = planPriceBookUpdateStep(input)
  const created = when("no-price-book-yet", { plan }, ({ plan }) => !plan.price_list_id).then(() =>
    createPriceListsWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        price_lists_data: [
          {
            title: `${plan.channel_name} price book`,
            description: `Prices of the ${plan.channel_name} channel`,
            status: PriceListStatus.ACTIVE,
            ...({ type: PriceListType.OVERRIDE } as object),
            rules: { sales_channel_id: [input.sales_channel_id] },
            prices: input.prices,
          },
        ],
      })),
    })
  )
  when("price-book-exists", { plan }, ({ plan }) => !!plan.price_list_id).then(() =>
    batchPriceListPricesWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        data: { id: plan.price_list_id!, create: input.prices, update: [], delete: plan.delete_ids },
      })),
    })
  )
  return new WorkflowResponse(transform({ plan, created }, ({ plan, created }) => ({ price_list_id: plan.price_list_id ?? (created as any)?.[0]?.id })))
})
