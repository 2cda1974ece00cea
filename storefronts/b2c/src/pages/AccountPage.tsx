import { Loading } from "@storefronts/shared"
import { useCustomer } from "../account/customer-context"
import { AccountOverview } from "../components/account/AccountOverview"
import { LoginForm } from "../components/account/LoginForm"
import { RegisterForm } from "../components/account/RegisterForm"
import { usePageTitle } from "../lib/page-title"

export function AccountPage() {
  usePageTitle("My account")
  const { customer, checking } = useCustomer()

  if (checking) return <Loading label="Checking your session…" />
  if (customer) return <AccountOverview customer={customer} />
  return (
    <div className="stack">
      <h1>My account</h1>
      <div className="auth-grid">
        <LoginForm />
        <RegisterForm />
      </div>
    </div>
  )
}
