import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react"
import { Registration, registerCustomer } from "@storefronts/shared"
import { headersForUnit, UnitHeaders } from "../api/client"
import { listMyUnits, switchContext } from "../api/units"
import { sdk } from "../sdk"
import { Customer } from "../types"
import { flattenUnits, pickActiveUnit, PortalUnit, readStoredUnitId, storeUnitId } from "./units"

type SessionValue = {
  /** null when nobody is logged in. */
  customer: Customer | null
  /** True while a session remembered from an earlier visit is being checked. */
  checking: boolean
  /** Set when the customer is known but their business units could not be loaded. */
  unitsError: string | null
  /** Every unit the customer acts in, in tree order (divisions after their parent). */
  units: PortalUnit[]
  activeUnit: PortalUnit | null
  permissions: ReadonlySet<string>
  can: (permission: string) => boolean
  canAny: (...permissions: string[]) => boolean
  /** The header that makes a request act in the active unit; send it on every unit request. */
  unitHeaders: () => UnitHeaders
  switchUnit: (unitId: string) => Promise<void>
  reloadUnits: () => Promise<void>
  login: (email: string, password: string) => Promise<void>
  /** A new account (an invitee without one), logged in at once. */
  register: (registration: Registration) => Promise<void>
  logout: () => Promise<void>
}

const SessionContext = createContext<SessionValue | null>(null)

async function fetchLoggedInCustomer(): Promise<Customer | null> {
  try {
    return (await sdk.store.customer.retrieve()).customer
  } catch {
    // No token or an expired one: nobody is logged in.
    return null
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [checking, setChecking] = useState(true)
  const [units, setUnits] = useState<PortalUnit[]>([])
  const [unitsError, setUnitsError] = useState<string | null>(null)
  const [activeUnitId, setActiveUnitId] = useState<string | null>(() => readStoredUnitId())

  const loadUnits = useCallback(async () => {
    try {
      // The tree is the same in every unit, so no unit header is needed to read it.
      const flat = flattenUnits(await listMyUnits({}))
      setUnits(flat)
      setUnitsError(null)
      const active = pickActiveUnit(flat, readStoredUnitId())
      if (active) storeUnitId(active.id)
      setActiveUnitId(active?.id ?? null)
    } catch (error) {
      setUnits([])
      setUnitsError(error instanceof Error ? error.message : "Your business units could not be loaded")
    }
  }, [])

  useEffect(() => {
    let current = true
    ;(async () => {
      const found = await fetchLoggedInCustomer()
      if (!current) return
      if (found) await loadUnits()
      if (!current) return
      setCustomer(found)
      setChecking(false)
    })()
    return () => {
      current = false
    }
  }, [loadUnits])

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await sdk.auth.login("customer", "emailpass", { email, password })
      // The emailpass provider answers with a token; anything else (a redirect) is not offered here.
      if (typeof result !== "string") throw new Error("This account needs a sign-in method the portal does not support.")
      const { customer: loggedIn } = await sdk.store.customer.retrieve()
      await loadUnits()
      setCustomer(loggedIn)
    },
    [loadUnits]
  )

  const register = useCallback(
    async (registration: Registration) => {
      await registerCustomer(sdk, registration)
      await login(registration.email, registration.password)
    },
    [login]
  )

  const logout = useCallback(async () => {
    try {
      await sdk.auth.logout()
    } finally {
      setCustomer(null)
      setUnits([])
    }
  }, [])

  const switchUnit = useCallback(async (unitId: string) => {
    // The backend confirms the customer may act there before the portal sends the header.
    await switchContext(unitId)
    storeUnitId(unitId)
    setActiveUnitId(unitId)
  }, [])

  const activeUnit = units.find((u) => u.id === activeUnitId) ?? null
  const permissions = useMemo(() => new Set(activeUnit?.my_permissions ?? []), [activeUnit])
  const can = useCallback((permission: string) => permissions.has(permission), [permissions])
  const canAny = useCallback((...wanted: string[]) => wanted.some((p) => permissions.has(p)), [permissions])
  const activeId = activeUnit?.id ?? null
  const unitHeaders = useCallback(() => headersForUnit(activeId), [activeId])

  const value = useMemo<SessionValue>(
    () => ({ customer, checking, unitsError, units, activeUnit, permissions, can, canAny, unitHeaders, switchUnit, reloadUnits: loadUnits, login, register, logout }),
    [customer, checking, unitsError, units, activeUnit, permissions, can, canAny, unitHeaders, switchUnit, loadUnits, login, register, logout]
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error("useSession must be used inside <SessionProvider>")
  return value
}

/** The session once the guard has made sure someone is logged in and acting in a unit. */
export function useUnitSession() {
  const session = useSession()
  if (!session.customer || !session.activeUnit) throw new Error("useUnitSession needs a logged-in customer with an active unit")
  return { ...session, customer: session.customer, activeUnit: session.activeUnit }
}
