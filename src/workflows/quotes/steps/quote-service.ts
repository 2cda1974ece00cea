import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../modules/quote"
import QuoteModuleService from "../../../modules/quote/service"

export const quoteService = (container: MedusaContainer): QuoteModuleService => container.resolve(QUOTE_MODULE)

export async function retrieveQuoteOrFail(container: MedusaContainer, id: string) {
  const [quote] = await quoteService(container).listQuotes({ id }, { relations: ["lines"] })
  if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote ${id} was not found`)
  return quote
}

export const quoteLockKey = (id: string) => `quote:${id}`

/** The quote with its lines and message thread, as routes answer it. */
export async function quoteWithThread(container: MedusaContainer, id: string) {
  const [quote] = await quoteService(container).listQuotes({ id }, { relations: ["lines", "messages"] })
  return quote
}
