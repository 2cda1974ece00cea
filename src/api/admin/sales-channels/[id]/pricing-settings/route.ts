import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { GUEST_PRICES_KEY } from "../../../../../lib/pricing/price-visibility"
import { AdminPricingSettingsType } from "../../../quantity-rules/validators"

/** Whether the channel shows prices to guests ("show") or asks them to log in ("hide"). */
export async function POST(req: MedusaRequest<AdminPricingSettingsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "metadata"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sales channel ${req.params.id} was not found`)
  const metadata = { ...(data[0].metadata ?? {}), [GUEST_PRICES_KEY]: req.validatedBody.guest_prices }
  await updateSalesChannelsWorkflow(req.scope).run({ input: { selector: { id: req.params.id }, update: { metadata } } })
  res.json({ sales_channel_id: req.params.id, guest_prices: req.validatedBody.guest_prices })
}
