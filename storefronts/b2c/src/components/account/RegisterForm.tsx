import { FormEvent, useState } from "react"
import { ErrorBox, errorMessage, NameFields, Registration } from "@storefronts/shared"
import { useCustomer } from "../../account/customer-context"

const EMPTY: Registration = { firstName: "", lastName: "", email: "", password: "" }

/*
 * Field names differ from the sign-in form's ("email", "password") on purpose: both forms share
 * the account page, and each name should point at exactly one field there.
 */
export function RegisterForm() {
  const { register } = useCustomer()
  const [fields, setFields] = useState<Registration>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const change = (key: keyof Registration) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await register({ ...fields, firstName: fields.firstName.trim(), lastName: fields.lastName.trim(), email: fields.email.trim() })
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <form className="card stack auth-form" onSubmit={submit} aria-labelledby="register-heading">
      <h2 id="register-heading">Create an account</h2>
      <p className="muted">Track your orders and check out faster next time.</p>
      <NameFields className="field-pair" firstName={fields.firstName} lastName={fields.lastName} onChange={(name, value) => setFields((current) => ({ ...current, [name]: value }))} />
      <label>
        Email address
        <input type="email" name="register_email" autoComplete="email" required value={fields.email} onChange={change("email")} />
      </label>
      <label>
        Choose a password
        <input type="password" name="register_password" autoComplete="new-password" required value={fields.password} onChange={change("password")} />
      </label>
      <ErrorBox message={error} />
      <button type="submit" disabled={busy} data-testid="register-submit">{busy ? "Creating account…" : "Create account"}</button>
    </form>
  )
}
