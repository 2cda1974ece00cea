import { FormEvent, useState } from "react"
import type { Sdk } from "./sdk"
import { errorMessage } from "./sdk"
import { ErrorBox } from "./ui"

export type Registration = { firstName: string; lastName: string; email: string; password: string }

/**
 * A new customer account, then a session for it: registering yields a token that may only create
 * the customer; logging in afterwards gives one that carries the new customer's id. One identity
 * for both storefronts: the same account logs in to the shop and to the portal.
 */
export async function registerCustomer(sdk: Sdk, { firstName, lastName, email, password }: Registration) {
  await sdk.auth.register("customer", "emailpass", { email, password })
  try {
    await sdk.store.customer.create({ email, first_name: firstName, last_name: lastName })
  } catch (error) {
    await sdk.auth.logout()
    throw error
  }
}

/** First and last name of a new account, side by side (`className` is each storefront's row style). */
export function NameFields({ firstName, lastName, onChange, className }: { firstName: string; lastName: string; onChange: (name: "firstName" | "lastName", value: string) => void; className: string }) {
  return (
    <div className={className}>
      <label>
        First name
        <input name="first_name" autoComplete="given-name" required value={firstName} onChange={(e) => onChange("firstName", e.target.value)} />
      </label>
      <label>
        Last name
        <input name="last_name" autoComplete="family-name" required value={lastName} onChange={(e) => onChange("lastName", e.target.value)} />
      </label>
    </div>
  )
}

/** Below this the backend's reset would accept a password nobody should use. */
export const MIN_PASSWORD_LENGTH = 8

const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status

/**
 * Medusa's password reset for customers, in both storefronts: without a token, ask for the
 * emailed link (the backend answers the same whether or not the account exists, and the link
 * opens the storefront that asked); with the link's token, choose the new password.
 */
export function PasswordReset({ sdk, storefront, token, email, loginHref }: { sdk: Sdk; storefront: "b2c" | "b2b"; token: string | null; email: string | null; loginHref: string }) {
  return token ? <NewPasswordForm sdk={sdk} token={token} email={email} loginHref={loginHref} /> : <ResetRequestForm sdk={sdk} storefront={storefront} loginHref={loginHref} />
}

function ResetRequestForm({ sdk, storefront, loginHref }: { sdk: Sdk; storefront: "b2c" | "b2b"; loginHref: string }) {
  const [email, setEmail] = useState("")
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle")
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setState("sending")
    setError(null)
    try {
      await sdk.auth.resetPassword("customer", "emailpass", { identifier: email.trim(), metadata: { storefront } })
      setState("sent")
    } catch (err) {
      setError(errorMessage(err))
      setState("idle")
    }
  }

  if (state === "sent") {
    return (
      <div className="card stack auth-form" data-testid="reset-requested">
        <h1>Check your email</h1>
        <p>If an account exists for {email.trim()}, we have sent it a link to choose a new password. The link works for 15 minutes.</p>
        <a href={loginHref}>Back to logging in</a>
      </div>
    )
  }
  return (
    <form className="card stack auth-form" onSubmit={submit}>
      <h1>Reset your password</h1>
      <p className="muted">Enter the email address of your account and we will send you a link to choose a new password.</p>
      <label>
        Email
        <input type="email" name="reset_email" data-testid="reset-email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <ErrorBox message={error} />
      <button type="submit" data-testid="reset-request-submit" disabled={state === "sending"}>{state === "sending" ? "Sending…" : "Send the link"}</button>
      <a href={loginHref}>Back to logging in</a>
    </form>
  )
}

function NewPasswordForm({ sdk, token, email, loginHref }: { sdk: Sdk; token: string; email: string | null; loginHref: string }) {
  const [password, setPassword] = useState("")
  const [confirmation, setConfirmation] = useState("")
  const [state, setState] = useState<"idle" | "saving" | "done">("idle")
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (password.length < MIN_PASSWORD_LENGTH) return setError(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
    if (password !== confirmation) return setError("The two passwords differ.")
    setState("saving")
    setError(null)
    try {
      await sdk.auth.updateProvider("customer", "emailpass", { ...(email ? { email } : {}), password }, token)
      setState("done")
    } catch (err) {
      // The token is single-purpose and short-lived: a refusal means the link is no longer good.
      setError(statusOf(err) === 401 ? "This link has expired or was already used: ask for a new one." : errorMessage(err))
      setState("idle")
    }
  }

  if (state === "done") {
    return (
      <div className="card stack auth-form" data-testid="reset-done">
        <h1>Password changed</h1>
        <p>Log in with your new password.</p>
        <a className="button" href={loginHref}>Log in</a>
      </div>
    )
  }
  return (
    <form className="card stack auth-form" onSubmit={submit}>
      <h1>Choose a new password</h1>
      {email && <p className="muted">For the account {email}.</p>}
      <label>
        New password
        <input type="password" name="new_password" data-testid="reset-password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <label>
        New password again
        <input type="password" name="new_password_confirmation" data-testid="reset-password-confirm" autoComplete="new-password" required value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
      </label>
      <ErrorBox message={error} />
      <button type="submit" data-testid="reset-submit" disabled={state === "saving"}>{state === "saving" ? "Saving…" : "Save the new password"}</button>
    </form>
  )
}
