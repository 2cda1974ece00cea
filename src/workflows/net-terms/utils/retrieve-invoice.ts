import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { netTermsService } from "./terms-of-unit"

export async function retrieveInvoiceOrFail(container: MedusaContainer, id: string, filters: Record<string, unknown> = {}) {
  const [invoice] = await netTermsService(container).listInvoices({ id, ...filters }, { relations: ["payments"] })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
  return invoice
}
