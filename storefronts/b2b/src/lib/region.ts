import { sdk } from "../sdk"
import { Region } from "../types"

let regionsRequest: Promise<Region[]> | null = null

/**
 * The sales region a unit orders in: the one in the unit's currency, else Europe (EUR), the
 * store's home market. Regions are loaded once per visit.
 */
export async function regionForCurrency(currencyCode: string | null | undefined): Promise<Region> {
  regionsRequest ??= sdk.store.region.list({ limit: 50, fields: "id,name,currency_code,*countries" }).then(
    ({ regions }) => regions,
    (error) => {
      regionsRequest = null // let the next call try again
      throw error
    }
  )
  const regions = await regionsRequest
  const wanted = (currencyCode ?? "eur").toLowerCase()
  const region = regions.find((r) => r.currency_code === wanted) ?? regions.find((r) => r.currency_code === "eur") ?? regions[0]
  if (!region) throw new Error("The store has no sales regions set up yet.")
  return region
}
