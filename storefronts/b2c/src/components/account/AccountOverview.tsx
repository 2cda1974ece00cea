import { useState } from "react"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { useCustomer } from "../../account/customer-context"
import { Customer } from "../../types"
import { OrderHistory } from "./OrderHistory"

export function AccountOverview({ customer }: { customer: Customer }) {
  const { logout } = useCustomer()
  const [error, setError] = useState<string | null>(null)
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")

  async function signOut() {
    setError(null)
    try {
      await logout()
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <div className="stack account">
      <div className="section-head">
        <div>
          <h1 data-testid="account-greeting">Hello, {name || customer.email}</h1>
          <p className="muted">{customer.email}</p>
        </div>
        <button type="button" className="secondary" onClick={signOut} data-testid="logout">
          Log out
        </button>
      </div>
      <ErrorBox message={error} />
      <OrderHistory customerId={customer.id} />
    </div>
  )
}
