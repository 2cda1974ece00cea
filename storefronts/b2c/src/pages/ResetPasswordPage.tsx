import { useSearchParams } from "react-router"
import { PasswordReset } from "@storefronts/shared"
import { usePageTitle } from "../lib/page-title"
import { sdk } from "../sdk"

/** "Forgot your password?" and the emailed link (`/reset-password?token=…&email=…`) both land here. */
export function ResetPasswordPage() {
  usePageTitle("Reset your password")
  const [params] = useSearchParams()
  return (
    <div className="auth-layout">
      <PasswordReset sdk={sdk} storefront="b2c" token={params.get("token")} email={params.get("email")} loginHref="/account" />
    </div>
  )
}
