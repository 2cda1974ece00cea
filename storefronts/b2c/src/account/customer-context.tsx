import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react"
import { Registration, registerCustomer } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { sdk } from "../sdk"
import { Customer } from "../types"


type CustomerContextValue = {
  /** null when nobody is logged in. */
  customer: Customer | null
  /** True while the session remembered from an earlier visit is being checked. */
  checking: boolean
  login: (email: string, password: string) => Promise<void>
  register: (registration: Registration) => Promise<void>
  logout: () => Promise<void>
}

const CustomerContext = createContext<CustomerContextValue | null>(null)

async function fetchLoggedInCustomer(): Promise<Customer | null> {
  // Guests have no token: skip a request that could only answer 401.
  if (!(await sdk.client.getToken())) return null
  try {
    return (await sdk.store.customer.retrieve()).customer
  } catch (error) {
    // An expired or revoked session: forget it. (Other failures keep it for the next visit.)
    if ((error as { status?: number }).status === 401) await sdk.client.clearToken()
    return null
  }
}

export function CustomerProvider({ children }: { children: ReactNode }) {
  const { transferToCustomer, forgetCart } = useCart()
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [checking, setChecking] = useState(true)

  useEffect(() => {
    let current = true
    fetchLoggedInCustomer().then((found) => {
      if (!current) return
      setCustomer(found)
      setChecking(false)
    })
    return () => {
      current = false
    }
  }, [])

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await sdk.auth.login("customer", "emailpass", { email, password })
      // The emailpass provider answers with a token; anything else (a redirect, MFA) is not offered here.
      if (typeof result !== "string") throw new Error("This account needs a sign-in method the shop does not support.")
      const { customer: loggedIn } = await sdk.store.customer.retrieve()
      setCustomer(loggedIn)
      await transferToCustomer()
    },
    [transferToCustomer]
  )

  const register = useCallback(
    async (registration: Registration) => {
      await registerCustomer(sdk, registration)
      await login(registration.email, registration.password)
    },
    [login]
  )

  const logout = useCallback(async () => {
    await sdk.auth.logout()
    setCustomer(null)
    // The cart now belongs to the account; leaving it would expose it to the next person on this browser.
    forgetCart()
  }, [forgetCart])

  const value = useMemo(() => ({ customer, checking, login, register, logout }), [customer, checking, login, register, logout])
  return <CustomerContext.Provider value={value}>{children}</CustomerContext.Provider>
}

export function useCustomer(): CustomerContextValue {
  const value = useContext(CustomerContext)
  if (!value) throw new Error("useCustomer must be used inside <CustomerProvider>")
  return value
}
