import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteService } from "./quote-service"

export type QuoteChanges = {
  id: string
  status?: string
  merchant_comment?: string | null
  shipping_total?: number
  discount_percent?: number
  valid_until?: Date | null
  order_id?: string | null
  lines?: { id: string; offered_unit_price: number | null }[]
}

export const updateQuoteStepId = "update-quote"

/** Writes quote fields and line prices; compensation puts the previous values back. */
export const updateQuoteStep = createStep(
  updateQuoteStepId,
  async (changes: QuoteChanges, { container }) => {
    const service = quoteService(container)
    const [before] = await service.listQuotes({ id: changes.id }, { relations: ["lines"] })
    const { lines, ...fields } = changes
    const previous: QuoteChanges = { id: changes.id }
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) (previous as any)[key] = (before as any)[key]
    if (lines?.length) {
      previous.lines = lines.map((l) => ({ id: l.id, offered_unit_price: (before.lines.find((b: any) => b.id === l.id) as any)?.offered_unit_price ?? null }))
      await service.updateQuoteLines(lines as any)
    }
    const quote = await service.updateQuotes(fields as any)
    return new StepResponse(quote, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = quoteService(container)
    const { lines, ...fields } = previous
    if (lines?.length) await service.updateQuoteLines(lines as any)
    await service.updateQuotes(fields as any)
  }
)
