import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { businessModule } from "../../modules/business"
import { submitForApprovalWorkflow } from "../../workflows/approvals/workflows/submit-for-approval"
import { requestQuoteWorkflow } from "../../workflows/quotes/workflows/request-quote"
import { transitionQuoteWorkflow } from "../../workflows/quotes/workflows/transition-quote"
import { updateQuoteOfferWorkflow } from "../../workflows/quotes/workflows/update-quote-offer"
import { retrieveQuoteOrFail } from "../../workflows/quotes/steps/quote-service"
import { daysAfter } from "./history-dates"
import { HistoryContext } from "./history-orders"
import { HistoryLine, UNIT_ADDRESSES, WholesaleOrderPlan } from "./history-plan"

type CartSpec = { buyer: string; unit: WholesaleOrderPlan["unit"]; lines: HistoryLine[] }

/**
 * A business cart as the portal makes one (Medusa's cart workflow; our hook links it to the unit
 * and the associate), for the requests that start from a cart.
 */
async function businessCart(container: MedusaContainer, ctx: HistoryContext, spec: CartSpec) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: spec.buyer, has_account: true } })
  const customerId = customers[0].id as string
  const [associate] = await businessModule(container).listBusinessAssociates({ customer_id: customerId })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: spec.lines.map((l) => l.sku) } })
  const idBySku = new Map(variants.map((v: any) => [v.sku, v.id as string]))
  const unitId = ctx.units[spec.unit]
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: ctx.region_id,
      sales_channel_id: ctx.channels.wholesale,
      customer_id: customerId,
      email: spec.buyer,
      currency_code: "eur",
      shipping_address: UNIT_ADDRESSES[spec.unit],
      items: spec.lines.map((l) => ({ variant_id: idBySku.get(l.sku)!, quantity: l.quantity })),
      additional_data: { business_unit_id: unitId, associate_id: associate.id },
    },
  })
  return { cart_id: cart.id, customer_id: customerId, associate_id: associate.id, business_unit_id: unitId }
}

/**
 * What waits for someone when the demo opens: Globex's quote request for the merchant, a quote
 * the merchant sent Acme, and a Berlin order above 500 EUR waiting for Acme's approver.
 */
export async function seedOpenRequests(container: MedusaContainer, ctx: HistoryContext, merchantUserId: string) {
  const globex = await businessCart(container, ctx, { buyer: "globex-buyer@example.com", unit: "globex", lines: [{ sku: "COF-ESP-CASE6", quantity: 8 }, { sku: "CUP-TA12-1000", quantity: 5 }] })
  await requestQuoteWorkflow(container).run({
    input: { ...globex, comment: "We open a second kitchen next month: can you do a better price on eight cases?", po_number: "GX-4200" },
  })

  const acme = await businessCart(container, ctx, { buyer: "acme-admin@example.com", unit: "acme", lines: [{ sku: "GEAR-GRIND-PRO", quantity: 2 }] })
  const { result: requested } = await requestQuoteWorkflow(container).run({
    input: { ...acme, comment: "Two grinders for the new Hamburg bar: is there a price for the pair?", po_number: "PO-ACME-1010" },
  })
  const quote = await retrieveQuoteOrFail(container, requested.id)
  await updateQuoteOfferWorkflow(container).run({
    input: {
      id: quote.id,
      lines: quote.lines.map((l: any) => ({ id: l.id, offered_unit_price: 2150 })),
      shipping_total: 0,
      valid_until: daysAfter(ctx.now, 14),
      merchant_comment: "2,150 EUR each for the pair, delivered free.",
    },
  })
  await transitionQuoteWorkflow(container).run({
    input: { quote_id: quote.id, action: "send", actor: "merchant", author_id: merchantUserId, comment: "Our offer for the pair, valid two weeks." },
  })

  const berlin = await businessCart(container, ctx, { buyer: "acme-buyer@example.com", unit: "acmeBerlin", lines: [{ sku: "COF-ESP-CASE6", quantity: 4 }, { sku: "TEA-EG-CASE10", quantity: 1 }] })
  await submitForApprovalWorkflow(container).run({ input: { cart_id: berlin.cart_id, customer_id: berlin.customer_id } })
}
