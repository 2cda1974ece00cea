import {
  ItemTaxCalculationLine,
  ItemTaxLineDTO,
  ITaxProvider,
  ShippingTaxCalculationLine,
  ShippingTaxLineDTO,
  TaxCalculationContext,
} from "@medusajs/framework/types"
import { isZeroRated, TAX_LINE_CODES, TaxTreatmentKind, ZeroRatedTreatment } from "../../lib/tax/contract"

const ZERO_RATED_NAMES: Record<ZeroRatedTreatment, string> = {
  reverse_charge: "VAT reverse charge",
  exempt: "Sales tax exempt (resale)",
}

/**
 * Medusa's rates (tax regions, product-type rules) applied as the buyer's tax treatment says:
 * the treatment is decided by src/lib/tax/treatment.ts in the setTaxLineContext hooks and
 * reaches us as `additional_context.tax_treatment`. A reverse charge or a US resale exemption
 * gives every line one 0 % tax line whose code names why; every other buyer pays the rates as
 * Medusa's own system provider would apply them.
 */
export default class TaxTreatmentProvider implements ITaxProvider {
  static identifier = "treatment"

  getIdentifier(): string {
    return TaxTreatmentProvider.identifier
  }

  async getTaxLines(
    itemLines: ItemTaxCalculationLine[],
    shippingLines: ShippingTaxCalculationLine[],
    context: TaxCalculationContext
  ): Promise<(ItemTaxLineDTO | ShippingTaxLineDTO)[]> {
    const treatment = context.additional_context?.tax_treatment as TaxTreatmentKind | undefined
    const provider_id = this.getIdentifier()
    const ratesOf = (rates: ItemTaxCalculationLine["rates"]) =>
      isZeroRated(treatment)
        ? [{ rate_id: undefined, rate: 0, code: TAX_LINE_CODES[treatment], name: ZERO_RATED_NAMES[treatment] }]
        : rates.map((r) => ({ rate_id: r.id, rate: r.rate || 0, code: r.code, name: r.name }))
    return [
      ...itemLines.flatMap((l) => ratesOf(l.rates).map((r) => ({ ...r, line_item_id: l.line_item.id, provider_id }))),
      ...shippingLines.flatMap((l) => ratesOf(l.rates).map((r) => ({ ...r, shipping_line_id: l.shipping_line.id, provider_id }))),
    ] as (ItemTaxLineDTO | ShippingTaxLineDTO)[]
  }
}
