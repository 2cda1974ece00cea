import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminTaxProfileResponse } from "../../../../../lib/tax/contract"
import { taxProfileOfRecord, taxRecordUpdate } from "../../../../../lib/tax/profile"
import { businessModule } from "../../../../../modules/business"
import { updateBusinessUnitWorkflow } from "../../../../../workflows/business/workflows/update-business-unit"
import { AdminTaxProfileType } from "../../validators"

/** The unit's own tax standing (a division without its own falls back to its company's at checkout). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  res.json({ business_unit_id: unit.id, tax_profile: taxProfileOfRecord(unit as any) } satisfies AdminTaxProfileResponse)
}

/** Sets the VAT id or resale certificate and the merchant's verification of them. */
export async function POST(req: MedusaRequest<AdminTaxProfileType>, res: MedusaResponse) {
  const before = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const update = taxRecordUpdate(before as any, req.validatedBody, new Date())
  const { result } = await updateBusinessUnitWorkflow(req.scope).run({ input: { id: before.id, ...update } })
  res.json({ business_unit_id: before.id, tax_profile: taxProfileOfRecord(result as any) } satisfies AdminTaxProfileResponse)
}
