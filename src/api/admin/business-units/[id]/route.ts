import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteBusinessUnitWorkflow } from "../../../../workflows/business/workflows/delete-business-unit"
import { updateBusinessUnitWorkflow } from "../../../../workflows/business/workflows/update-business-unit"
import { AdminUpdateUnitType } from "../validators"

async function unitDetail(req: MedusaRequest<any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "business_unit",
    fields: ["*", "addresses.*", "associates.*", "customer_group.id", "customer_group.name"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business unit ${req.params.id} was not found`)
  }
  const { data: divisions } = await query.graph({
    entity: "business_unit",
    fields: ["id", "name", "status"],
    filters: { parent_id: req.params.id },
  })
  return { ...data[0], divisions }
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ business_unit: await unitDetail(req) })
}

export async function POST(req: MedusaRequest<AdminUpdateUnitType>, res: MedusaResponse) {
  await unitDetail(req)
  await updateBusinessUnitWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ business_unit: await unitDetail(req) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await deleteBusinessUnitWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "business_unit", deleted: true })
}
