import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from "react"
import { ErrorBox, Loading, useAsync } from "@storefronts/shared"
import { sdk } from "../sdk"
import { Region } from "../types"

const REGION_STORAGE_KEY = "b2c_region_id"
/** The shop's home market: shoppers see euro prices until they pick another region. */
const DEFAULT_CURRENCY = "eur"

type RegionContextValue = {
  region: Region
  regions: Region[]
  selectRegion: (regionId: string) => void
}

const RegionContext = createContext<RegionContextValue | null>(null)

function pickRegion(regions: Region[], preferredId: string | null): Region | undefined {
  return (
    regions.find((region) => region.id === preferredId) ??
    regions.find((region) => region.currency_code === DEFAULT_CURRENCY) ??
    regions[0]
  )
}

/**
 * Loads the regions once and holds the shopper's choice. Every price in the shop depends on the
 * region, so nothing below renders until it is known.
 */
export function RegionProvider({ children }: { children: ReactNode }) {
  const regionsState = useAsync(async () => (await sdk.store.region.list({ limit: 50 })).regions, [])
  const [selectedId, setSelectedId] = useState<string | null>(() => localStorage.getItem(REGION_STORAGE_KEY))

  const selectRegion = useCallback((regionId: string) => {
    localStorage.setItem(REGION_STORAGE_KEY, regionId)
    setSelectedId(regionId)
  }, [])

  const regions = regionsState.data
  const region = regions ? pickRegion(regions, selectedId) : undefined
  const value = useMemo(() => (region && regions ? { region, regions, selectRegion } : null), [region, regions, selectRegion])

  if (regionsState.error) {
    return (
      <div className="boot-screen stack">
        <ErrorBox message={`The shop could not load: ${regionsState.error}`} />
        <button onClick={regionsState.reload}>Try again</button>
      </div>
    )
  }
  if (regionsState.loading || !regions) return <div className="boot-screen"><Loading label="Opening the shop…" /></div>
  if (!value) return <div className="boot-screen"><ErrorBox message="This shop has no sales regions set up yet." /></div>
  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>
}

export function useRegion(): RegionContextValue {
  const value = useContext(RegionContext)
  if (!value) throw new Error("useRegion must be used inside <RegionProvider>")
  return value
}
