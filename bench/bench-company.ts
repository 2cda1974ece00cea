import { MedusaContainer } from "@medusajs/framework/types"
import { BUSINESS_MODULE } from "../src/modules/business"
import BusinessModuleService from "../src/modules/business/service"
import { netTermsModule } from "../src/modules/net-terms"
import { ensureCustomerAccount } from "../src/scripts/seed/accounts"
import { addAssociateWorkflow } from "../src/workflows/business/workflows/add-associate"
import { createBusinessUnitWorkflow } from "../src/workflows/business/workflows/create-business-unit"
import { saveTermsSettingsWorkflow } from "../src/workflows/net-terms/workflows/save-terms-settings"

export const BENCH_BUYER = { email: "bench-buyer@example.com", password: "supersecret" }
const COMPANY = "Bench Wholesale GmbH"

/**
 * The company the B2B net-terms checkout is measured with: one buyer, Net 30, a limit no run
 * reaches and no approval rules (the approval check still runs, finding none). Invoices of
 * earlier runs are settled first so every run starts with the same receivables.
 */
export async function ensureBenchCompany(container: MedusaContainer) {
  const business: BusinessModuleService = container.resolve(BUSINESS_MODULE)
  let [company] = await business.listBusinessUnits({ name: COMPANY, parent_id: null })
  if (!company) {
    const { result } = await createBusinessUnitWorkflow(container).run({ input: { name: COMPANY, currency_code: "eur" } as any })
    company = result as any
  }
  const customer = await ensureCustomerAccount(container, { ...BENCH_BUYER, first_name: "Bench", last_name: "Buyer" })
  const [member] = await business.listBusinessAssociates({ business_unit_id: company.id, customer_id: customer.id })
  if (!member) {
    await addAssociateWorkflow(container).run({ input: { business_unit_id: company.id, customer_id: customer.id, roles: [{ role: "buyer", inherit: true }] } })
  }
  await saveTermsSettingsWorkflow(container).run({ input: { business_unit_id: company.id, terms: "net_30", credit_limit: 1_000_000_000, currency_code: "eur" } })
  const service = netTermsModule(container)
  const open = await service.listInvoices({ credit_holder_id: company.id, status: ["open", "partially_paid", "overdue"] }, { select: ["id", "total"], take: null })
  if (open.length) await service.updateInvoices(open.map((i) => ({ id: i.id, status: "paid" as const, paid_amount: i.total })))
}
