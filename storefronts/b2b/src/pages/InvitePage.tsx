import { FormEvent, useState } from "react"
import { Link, useLocation, useNavigate, useSearchParams } from "react-router"
import { Async, ErrorBox, errorMessage, Loading, MIN_PASSWORD_LENGTH, NameFields, useAsync } from "@storefronts/shared"
import type { InvitePreview } from "../../../../src/lib/business/invite-token"
import { acceptInvite, previewInvite } from "../api/associates"
import { usePageTitle } from "../lib/page-title"
import { useSession } from "../session/session-context"

/** What each link state tells the visitor, read from the backend's state (never from message text). */
const CLOSED_LINKS: Record<Exclude<InvitePreview["state"], "pending">, { title: string; text: string }> = {
  used: { title: "This invite has already been used", text: "Log in to the portal with the account that accepted it." },
  withdrawn: { title: "This invite was withdrawn", text: "Ask your company's administrator for a new invite if you still need access." },
  expired: { title: "This invite has expired", text: "Invites work for 7 days. Ask your company's administrator to send it again." },
  invalid: { title: "This invite link is not valid", text: "Open the link exactly as it came in your invite email." },
}

/**
 * The link of an invite message (`/invite?token=…`). Nobody joins a unit by being invited: the
 * invitee registers with the invited email (or logs in to their account) and accepts here; the
 * backend checks the email, the expiry and that the token is unused.
 */
export function InvitePage() {
  usePageTitle("Accept an invite")
  const token = useSearchParams()[0].get("token") ?? ""
  const preview = useAsync(() => (token ? previewInvite(token) : Promise.resolve<InvitePreview>({ state: "invalid", email: null, business_unit_name: null })), [token])
  return (
    <div className="login-screen">
      <div className="card login-card stack" data-testid="invite-page">
        <Async state={preview}>{(invite) => (invite.state === "pending" ? <PendingInvite token={token} invite={invite} /> : <ClosedInvite invite={invite} />)}</Async>
      </div>
    </div>
  )
}

function ClosedInvite({ invite }: { invite: InvitePreview }) {
  const closed = CLOSED_LINKS[invite.state as keyof typeof CLOSED_LINKS]
  return (
    <div className="stack" data-testid="invite-state" data-state={invite.state}>
      <h1>{closed.title}</h1>
      <p className="muted">{closed.text}</p>
      <Link to="/login" className="button secondary">Go to the login</Link>
    </div>
  )
}

function PendingInvite({ token, invite }: { token: string; invite: InvitePreview }) {
  const { customer, checking, reloadUnits, switchUnit, logout } = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const unit = invite.business_unit_name ?? "your company"

  if (checking) return <Loading label="Opening the portal…" />
  if (!customer) {
    return (
      <div className="stack" data-testid="invite-state" data-state="pending">
        <h1>Join {unit}</h1>
        <p className="muted">This invite was sent to {invite.email}. Create your account with that address to order for {unit}.</p>
        <RegisterForInvite email={invite.email!} />
        <p className="muted">
          Already have an account with {invite.email}?{" "}
          <Link to="/login" state={{ from: `${location.pathname}${location.search}` }} data-testid="invite-login">Log in to accept</Link>
        </p>
      </div>
    )
  }

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

  const otherAccount = !!invite.email && customer.email.toLowerCase() !== invite.email.toLowerCase()
  return (
    <div className="stack" data-testid="invite-state" data-state="pending">
      <h1>Join {unit}</h1>
      {otherAccount ? (
        <p className="error" data-testid="invite-other-account">
          This invite was sent to {invite.email}, and you are logged in as {customer.email}. Log out and use that address.
        </p>
      ) : (
        <>
          <p className="muted">You are logged in as {customer.email}. Accepting makes you an associate of {unit}, with the roles the invite gives.</p>
          <ErrorBox message={error} />
          <button data-testid="invite-accept" disabled={busy} onClick={() => void onAccept()}>
            {busy ? "Accepting…" : "Accept the invite"}
          </button>
        </>
      )}
      <button className="secondary" data-testid="logout" onClick={() => void logout()}>Log out to use another account</button>
    </div>
  )
}

/** A new account with the invited email; once it exists the page offers to accept. */
function RegisterForInvite({ email }: { email: string }) {
  const { register } = useSession()
  const [fields, setFields] = useState({ firstName: "", lastName: "", password: "" })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (fields.password.length < MIN_PASSWORD_LENGTH) return setError(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
    setBusy(true)
    setError(null)
    try {
      await register({ email, firstName: fields.firstName.trim(), lastName: fields.lastName.trim(), password: fields.password })
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <form className="stack" onSubmit={onSubmit}>
      <label>
        Email
        <input name="email" type="email" value={email} readOnly />
      </label>
      <NameFields className="row" firstName={fields.firstName} lastName={fields.lastName} onChange={(name, value) => setFields((current) => ({ ...current, [name]: value }))} />
      <label>
        Password
        <input name="password" type="password" autoComplete="new-password" required value={fields.password} onChange={(e) => setFields((current) => ({ ...current, password: e.target.value }))} />
      </label>
      <ErrorBox message={error} />
      <button type="submit" data-testid="invite-register" disabled={busy}>{busy ? "Creating your account…" : "Create my account"}</button>
    </form>
  )
}
