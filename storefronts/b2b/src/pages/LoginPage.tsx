import { FormEvent, useState } from "react"
import { Link, Navigate, useLocation, useNavigate } from "react-router"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { usePageTitle } from "../lib/page-title"
import { useSession } from "../session/session-context"

export function LoginPage() {
  usePageTitle("Log in")
  const { customer, checking, login } = useSession()
  const navigate = useNavigate()
  // Back to the page that sent here (the invite link keeps its token), else the catalog.
  const from = (useLocation().state as { from?: string } | null)?.from ?? "/"
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (!checking && customer) return <Navigate to={from} replace />

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    setSubmitting(true)
    setError(null)
    try {
      await login(email.trim(), password)
      navigate(from, { replace: true })
    } catch (err) {
      setError(errorMessage(err))
      setSubmitting(false)
    }
  }

  return (
    <div className="login-screen">
      <form className="card login-card stack" onSubmit={onSubmit}>
        <div className="login-brand">
          <span className="portal-logo" aria-hidden>B&amp;L</span>
          <div>
            <h1>Business portal</h1>
            <p className="muted">Bean &amp; Leaf Wholesale — order for your company</p>
          </div>
        </div>
        <label>
          Email
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorBox message={error} />
        <button type="submit" data-testid="login-submit" disabled={submitting}>
          {submitting ? "Logging in…" : "Log in"}
        </button>
        <Link to="/reset-password" data-testid="forgot-password">Forgot your password?</Link>
        <p className="muted small-print">Access is by invitation from your company's administrator.</p>
      </form>
    </div>
  )
}
