import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductTypesWorkflow, createTaxRatesWorkflow, createTaxRegionsWorkflow, updateTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { TAX_TREATMENT_PROVIDER_ID } from "../../modules/tax-treatment"
import { CATEGORIES } from "./catalog"

/** A product type per category; tax rate rules give the reduced rates by product type. */
export const PRODUCT_TYPE_OF_CATEGORY: Record<(typeof CATEGORIES)[number]["handle"], string> = {
  coffee: "Coffee",
  tea: "Tea",
  "brewing-gear": "Brewing equipment",
  "cups-tableware": "Tableware",
  "cafe-supplies": "Café supplies",
}

/** Product types taxed at a country's reduced rate (roasted coffee and tea are foodstuffs). */
const REDUCED_RATE_TYPES = ["Coffee", "Tea"]

type CountryRates = { standard: number; reduced: number | null }

/** Standard VAT and the reduced rate for coffee and tea, per seeded EU country (2026). */
export const EU_VAT_RATES: Record<string, CountryRates> = {
  de: { standard: 19, reduced: 7 },
  fr: { standard: 20, reduced: 5.5 },
  nl: { standard: 21, reduced: 9 },
  be: { standard: 21, reduced: 6 },
  at: { standard: 20, reduced: 10 },
  it: { standard: 22, reduced: 10 },
  es: { standard: 21, reduced: 10 },
}

/** State sales tax (state rate only; local add-ons are left to a tax service) for the states the shop ships to. */
export const US_STATE_RATES: Record<string, number> = { ca: 7.25, ny: 4, tx: 6.25, wa: 6.5, il: 6.25, fl: 6 }

async function seedProductTypes(container: MedusaContainer): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const values = Object.values(PRODUCT_TYPE_OF_CATEGORY)
  const existing = await productService.listProductTypes({ value: values as any })
  const missing = values.filter((v) => !existing.some((t) => t.value === v))
  const created = missing.length
    ? (await createProductTypesWorkflow(container).run({ input: { product_types: missing.map((value) => ({ value })) } })).result
    : []
  return new Map([...existing, ...created].map((t) => [t.value, t.id]))
}

type RegionSpec = { country_code: string; province_code?: string; rate: number; name: string; code: string }

/** Tax regions (ours as provider) with their default rate; regions from older seeds get the provider and rate they lack. */
async function seedTaxRegions(container: MedusaContainer, specs: RegionSpec[], parentOf: (s: RegionSpec) => string | undefined) {
  const taxService = container.resolve(Modules.TAX)
  const regions = await taxService.listTaxRegions({ country_code: [...new Set(specs.map((s) => s.country_code))] })
  const find = (s: RegionSpec) => regions.find((r) => r.country_code === s.country_code && (r.province_code ?? null) === (s.province_code ?? null))
  const missing = specs.filter((s) => !find(s))
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((s) => ({
        country_code: s.country_code,
        province_code: s.province_code,
        parent_id: parentOf(s),
        // Only a country's region names the provider; its states use their parent's.
        provider_id: s.province_code ? undefined : TAX_TREATMENT_PROVIDER_ID,
        default_tax_rate: { rate: s.rate, name: s.name, code: s.code },
      })),
    })
  }
  for (const s of specs) {
    const region = find(s)
    if (!region) continue
    if (!s.province_code && region.provider_id !== TAX_TREATMENT_PROVIDER_ID) {
      await updateTaxRegionsWorkflow(container).run({ input: [{ id: region.id, provider_id: TAX_TREATMENT_PROVIDER_ID }] })
    }
    if (!(await taxService.listTaxRates({ tax_region_id: region.id, is_default: true } as any)).length) {
      await createTaxRatesWorkflow(container).run({ input: [{ tax_region_id: region.id, rate: s.rate, name: s.name, code: s.code, is_default: true }] })
    }
  }
  return taxService.listTaxRegions({ country_code: [...new Set(specs.map((s) => s.country_code))] })
}

/**
 * VAT for every seeded EU country (standard rate, and the reduced rate for coffee and tea by
 * product type) and US state sales tax (a US region at 0 % with one sub-region per state).
 * All regions use our tax provider, which applies the buyer's treatment to these rates.
 */
export async function seedTaxes(container: MedusaContainer): Promise<{ productTypeIds: Map<string, string> }> {
  const productTypeIds = await seedProductTypes(container)
  const eu = await seedTaxRegions(
    container,
    Object.entries(EU_VAT_RATES).map(([country_code, r]) => ({ country_code, rate: r.standard, name: "VAT", code: `VAT-${country_code.toUpperCase()}` })),
    () => undefined
  )
  const [us] = await seedTaxRegions(container, [{ country_code: "us", rate: 0, name: "No federal sales tax", code: "US" }], () => undefined)
  await seedTaxRegions(
    container,
    Object.entries(US_STATE_RATES).map(([state, rate]) => ({
      country_code: "us",
      province_code: `us-${state}`,
      rate,
      name: `${state.toUpperCase()} sales tax`,
      code: `US-${state.toUpperCase()}`,
    })),
    () => us.id
  )

  const reducedTypeIds = REDUCED_RATE_TYPES.map((t) => productTypeIds.get(t)!)
  const taxService = container.resolve(Modules.TAX)
  const withRules = new Set((await taxService.listTaxRates({ tax_region_id: eu.map((r) => r.id), is_default: false } as any)).map((r) => r.tax_region_id))
  const reducedRates = eu.flatMap((region) => {
    const rates = EU_VAT_RATES[region.country_code]
    if (region.province_code || !rates?.reduced || withRules.has(region.id)) return []
    return [
      {
        tax_region_id: region.id,
        rate: rates.reduced,
        name: "VAT reduced (coffee, tea)",
        code: `VAT-${region.country_code.toUpperCase()}-REDUCED`,
        rules: reducedTypeIds.map((reference_id) => ({ reference: "product_type", reference_id })),
      },
    ]
  })
  if (reducedRates.length) await createTaxRatesWorkflow(container).run({ input: reducedRates })
  return { productTypeIds }
}
