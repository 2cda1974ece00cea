import { FormEvent, useEffect, useState } from "react"
import { Async, ErrorBox, errorMessage, useAsync } from "@storefronts/shared"
import { inviteAssociate, listAssociates, listInvites, removeAssociate, updateAssociateRoles } from "../api/associates"
import type { Associate } from "../../../../src/lib/business/contract"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { assignmentsOf, RoleChips, RolePicker, RoleSelection, selectionOf } from "../components/RolePicker"
import { StatusBadge } from "../components/StatusBadge"
import { formatDate } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

export function AssociatesPage() {
  usePageTitle("Associates")
  return (
    <Permitted anyOf={["associates.manage"]}>
      <Associates />
    </Permitted>
  )
}

function Associates() {
  const { activeUnit, unitHeaders } = useUnitSession()
  const associates = useAsync(() => listAssociates(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  const invites = useAsync(() => listInvites(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  const reloadAll = () => {
    associates.reload()
    invites.reload()
  }
  return (
    <div className="stack">
      <PageHeader title="Associates" subtitle={`People who order, approve or administer for ${activeUnit.name}`} />
      <div className="associates-layout">
        <section className="stack">
          <h2>Associates</h2>
          <Async state={associates}>
            {(list) =>
              list.length === 0 ? (
                <EmptyState title="No associates in this unit">
                  <p className="muted">People with roles inherited from a parent unit are managed there.</p>
                </EmptyState>
              ) : (
                <div className="table-wrap">
                  <table data-testid="associates-table">
                    <thead>
                      <tr>
                        <th>Email</th>
                        <th>Roles</th>
                        <th>Since</th>
                        <th aria-label="Actions" />
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((associate) => (
                        <AssociateRow key={associate.id} associate={associate} onChanged={associates.reload} />
                      ))}
                    </tbody>
                  </table>
                </div>
              )
            }
          </Async>
          <h2>Pending invites</h2>
          <Async state={invites}>
            {(list) => {
              const pending = list.filter((invite) => invite.status === "pending")
              return pending.length === 0 ? (
                <p className="muted">No invites waiting for an answer.</p>
              ) : (
                <div className="table-wrap">
                  <table data-testid="invites-table">
                    <thead>
                      <tr>
                        <th>Email</th>
                        <th>Roles</th>
                        <th>Expires</th>
                        <th>Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pending.map((invite) => (
                        <tr key={invite.id} data-testid="invite-row">
                          <td>{invite.email}</td>
                          <td><RoleChips assignments={invite.roles} /></td>
                          <td>{formatDate(invite.expires_at)}</td>
                          <td><StatusBadge status={invite.status} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )
            }}
          </Async>
        </section>
        <InviteForm onInvited={reloadAll} />
      </div>
    </div>
  )
}

function AssociateRow({ associate, onChanged }: { associate: Associate; onChanged: () => void }) {
  const { activeUnit, customer, unitHeaders } = useUnitSession()
  const [mode, setMode] = useState<"view" | "edit" | "confirm-remove">("view")
  // The roles as last saved from this row, shown at once while the list reloads.
  const [roles, setRoles] = useState(associate.roles)
  useEffect(() => setRoles(associate.roles), [associate.roles])
  const [selection, setSelection] = useState<RoleSelection>(() => selectionOf(associate.roles))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const isMe = associate.customer_id === customer.id

  async function run(action: () => Promise<unknown>) {
    setBusy(true)
    setError(null)
    try {
      await action()
      setMode("view")
      onChanged()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  function saveRoles() {
    if (!selection.roles.length) {
      setError("Keep at least one role, or remove the associate.")
      return
    }
    void run(async () => setRoles((await updateAssociateRoles(activeUnit.id, associate.id, assignmentsOf(selection), unitHeaders())).roles))
  }

  return (
    <tr data-testid="associate-row" data-email={associate.email}>
      <td>
        {associate.email} {isMe && <span className="muted">(you)</span>}
      </td>
      <td>
        {mode === "edit" ? (
          <RolePicker value={selection} onChange={setSelection} showInherit idPrefix={`edit-${associate.id}`} />
        ) : (
          <RoleChips assignments={roles} />
        )}
        {error && <div className="error-text" role="alert">{error}</div>}
      </td>
      <td>{formatDate(associate.created_at)}</td>
      <td className="actions">
        {mode === "view" && (
          <div className="row">
            <button className="secondary small" data-testid="edit-roles" onClick={() => setMode("edit")}>Edit roles</button>
            <button className="secondary small danger" data-testid="remove-associate" onClick={() => setMode("confirm-remove")}>Remove</button>
          </div>
        )}
        {mode === "edit" && (
          <div className="row">
            <button className="small" data-testid="save-roles" disabled={busy} onClick={saveRoles}>{busy ? "Saving…" : "Save"}</button>
            <button className="secondary small" disabled={busy} onClick={() => { setSelection(selectionOf(roles)); setMode("view"); setError(null) }}>Cancel</button>
          </div>
        )}
        {mode === "confirm-remove" && (
          <div className="row">
            <span className="muted">Remove {isMe ? "yourself" : associate.email}?</span>
            <button className="small danger-solid" data-testid="confirm-remove" disabled={busy} onClick={() => void run(() => removeAssociate(activeUnit.id, associate.id, unitHeaders()))}>
              {busy ? "Removing…" : "Yes, remove"}
            </button>
            <button className="secondary small" disabled={busy} onClick={() => setMode("view")}>Cancel</button>
          </div>
        )}
      </td>
    </tr>
  )
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const [email, setEmail] = useState("")
  const [selection, setSelection] = useState<RoleSelection>({ roles: ["buyer"], inherit: false })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!selection.roles.length) {
      setError("Choose at least one role.")
      return
    }
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      const result = await inviteAssociate(activeUnit.id, email.trim(), assignmentsOf(selection), unitHeaders())
      // Nobody joins at once: the invitee logs in (registering first if needed) and accepts the link.
      setDone(`Invitation sent to ${result.invite.email}. They join once they accept it.`)
      setEmail("")
      setSelection({ roles: ["buyer"], inherit: false })
      onInvited()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="card stack invite-card" onSubmit={onSubmit} data-testid="invite-form">
      <h2>Invite someone</h2>
      <label>
        Email
        <input name="email" type="email" required placeholder="colleague@company.com" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <RolePicker value={selection} onChange={setSelection} showInherit idPrefix="invite" />
      <ErrorBox message={error} />
      {done && <p className="notice" role="status">{done}</p>}
      <button type="submit" data-testid="invite-submit" disabled={busy}>{busy ? "Inviting…" : "Send invite"}</button>
    </form>
  )
}
