import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteQuantityRuleWorkflow } from "../../../../workflows/pricing/workflows/quantity-rules"

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await deleteQuantityRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "variant_quantity_rule", deleted: true })
}
