import { ItemTaxLineDTO, MedusaContainer, ShippingTaxLineDTO, TaxableItemDTO, TaxableShippingDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OfferTaxRates } from "../../lib/quotes/offer"
import { ShipTo, taxProvinceCode } from "../../lib/tax/treatment"
import { treatmentFor } from "./tax-treatment-of"

type TaxedAddress = ShipTo | null | undefined

/** The quote's line with its variant, as stored on the quote. */
type RatedLine = { id: string; variant_id: string | null }

/**
 * The rate (%) each line and the shipping would be taxed at in an order of this unit to this
 * address: Medusa's tax module asked with the same treatment context as a cart, so a quote's
 * taxed total is the one its order will carry. No address (or country): no rates known yet.
 */
export async function taxRatesFor(container: MedusaContainer, unitId: string, address: TaxedAddress, lines: RatedLine[]): Promise<OfferTaxRates | null> {
  if (!address?.country_code) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(lines.map((l) => l.variant_id).filter((id): id is string => !!id))]
  const variants: any[] = variantIds.length
    ? (await query.graph({ entity: "product_variant", fields: ["id", "product_id", "product.type_id"], filters: { id: variantIds } })).data
    : []
  const productOf = new Map(variants.map((v: any) => [v.id, { product_id: v.product_id as string, product_type_id: v.product?.type_id ?? undefined }]))
  const treatment = await treatmentFor(container, unitId, address)
  const items: TaxableItemDTO[] = lines.flatMap((l) => {
    const product = l.variant_id ? productOf.get(l.variant_id) : undefined
    return product ? [{ id: l.id, ...product }] : []
  })
  const shipping: TaxableShippingDTO = { id: "shipping", shipping_option_id: "" }
  const taxLines = await container.resolve(Modules.TAX).getTaxLines([...items, shipping], {
    address: { country_code: address.country_code, province_code: taxProvinceCode(address.country_code, address.province) },
    additional_context: { tax_treatment: treatment.kind },
  })
  const rateOf = (id: string) =>
    taxLines
      .filter((t) => ((t as ItemTaxLineDTO).line_item_id ?? (t as ShippingTaxLineDTO).shipping_line_id) === id)
      .reduce((sum, t) => sum + Number(t.rate ?? 0), 0)
  return { lines: Object.fromEntries(lines.map((l) => [l.id, rateOf(l.id)])), shipping: rateOf("shipping") }
}
