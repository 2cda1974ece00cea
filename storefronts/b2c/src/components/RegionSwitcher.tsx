import { useRegion } from "../region/region-context"

/** Lets shoppers outside the eurozone see prices (and check out) in their own currency. */
export function RegionSwitcher() {
  const { region, regions, selectRegion } = useRegion()
  if (regions.length < 2) return null
  return (
    <select
      className="region-switcher"
      aria-label="Shipping region and currency"
      value={region.id}
      onChange={(event) => selectRegion(event.target.value)}
      data-testid="region-select"
    >
      {regions.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name} ({option.currency_code.toUpperCase()})
        </option>
      ))}
    </select>
  )
}
