import { useState } from "react"
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router"
import { ErrorBox, errorMessage, Loading } from "@storefronts/shared"
import { acceptInvite } from "../api/associates"
import { usePageTitle } from "../lib/page-title"
import { useSession } from "../session/session-context"

/**
 * The link of an invite message (`/invite?token=…`). Nobody joins a unit by being invited: the
 * customer logs in with the invited email (registering first if they had no account) and
 * accepts here; the backend checks the email, the expiry and that the token is unused.
 */
export function InvitePage() {
  usePageTitle("Accept an invite")
  const { customer, checking, reloadUnits, switchUnit, logout } = useSession()
  const [params] = useSearchParams()
  const location = useLocation()
  const navigate = useNavigate()
  const token = params.get("token") ?? ""
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (checking) return <div className="boot-screen"><Loading label="Opening the portal…" /></div>
  if (!customer) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />

  async function onAccept() {
    setBusy(true)
    setError(null)
    try {
      const associate = await acceptInvite(token)
      await reloadUnits()
      await switchUnit(associate.business_unit_id)
      navigate("/", { replace: true })
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <div className="boot-screen card stack" data-testid="invite-page">
      <h1>Accept your invite</h1>
      {token ? (
        <>
          <p className="muted">
            You are logged in as {customer.email}. Accepting makes you an associate of the business unit that invited this
            address, with the roles it chose.
          </p>
          <ErrorBox message={error} />
          <button data-testid="invite-accept" disabled={busy} onClick={() => void onAccept()}>
            {busy ? "Accepting…" : "Accept the invite"}
          </button>
        </>
      ) : (
        <ErrorBox message="This link has no invite token: open the link from your invite message." />
      )}
      <button className="secondary" data-testid="logout" onClick={() => void logout()}>Log out to use another account</button>
    </div>
  )
}
