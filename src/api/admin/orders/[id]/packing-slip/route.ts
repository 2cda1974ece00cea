import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { renderPackingSlipPdf } from "../../../../../lib/delivery/packing-slip-pdf"
import { deliveryModule } from "../../../../../modules/delivery"
import { windowOf } from "../../../../../modules/delivery/service"
import { presentReceivingProfile } from "../../../../utils/delivery-views"

/** The order's packing slip (PDF): PO, requested delivery date and window, the site's receiving profile, ship-to, lines without prices. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [order] }, { data: stores }, [delivery]] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id", "metadata", "shipping_address.*", "items.variant_sku", "items.product_title", "items.variant_title", "items.title", "items.detail.quantity"], filters: { id: req.params.id } }),
    query.graph({ entity: "store", fields: ["name"] }),
    deliveryModule(req.scope).listDeliveries({ order_id: req.params.id }),
  ])
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const profile = delivery ? (await deliveryModule(req.scope).profilesByAddress([delivery.address_id])).get(delivery.address_id) : null
  const o = order as any
  const pdf = await renderPackingSlipPdf(
    {
      order_display_id: o.display_id ?? null,
      po_number: typeof o.metadata?.po_number === "string" ? o.metadata.po_number : null,
      ship_to: o.shipping_address ?? null,
      delivery: delivery ? { requested_date: delivery.requested_date, window: windowOf(delivery) } : null,
      receiving: profile ? presentReceivingProfile(profile) : null,
      lines: (o.items ?? []).map((i: any) => ({ sku: i.variant_sku ?? null, title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(", "), quantity: Number(i.detail?.quantity ?? 0) })),
    },
    (stores[0] as any)?.name ?? "Medusa Store"
  )
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="packing-slip-${o.display_id ?? o.id}.pdf"`)
  res.send(pdf)
}
