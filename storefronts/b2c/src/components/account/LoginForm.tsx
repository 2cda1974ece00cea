import { FormEvent, useState } from "react"
import { Link } from "react-router"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { useCustomer } from "../../account/customer-context"

export function LoginForm() {
  const { login } = useCustomer()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await login(email.trim(), password)
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <form className="card stack auth-form" onSubmit={submit} aria-labelledby="login-heading">
      <h2 id="login-heading">Sign in</h2>
      <p className="muted">Welcome back! Sign in to see your orders.</p>
      <label>
        Email
        <input type="email" name="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label>
        Password
        <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>
      <ErrorBox message={error} />
      <button type="submit" disabled={busy} data-testid="login-submit">{busy ? "Signing in…" : "Sign in"}</button>
      <Link to="/reset-password" data-testid="forgot-password">Forgot your password?</Link>
    </form>
  )
}
