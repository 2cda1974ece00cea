import { BUILT_IN_ROLES } from "../api/associates"
import type { RoleAssignment } from "../../../../src/lib/business/contract"

export type RoleSelection = { roles: string[]; inherit: boolean }

export const selectionOf = (assignments: RoleAssignment[]): RoleSelection => ({
  roles: assignments.map((a) => a.role),
  inherit: assignments.some((a) => a.inherit),
})

export const assignmentsOf = ({ roles, inherit }: RoleSelection): RoleAssignment[] => roles.map((role) => ({ role, inherit }))

/**
 * The built-in roles as checkboxes, and whether they also apply in the unit's divisions
 * (the backend's `inherit`); one choice for the whole set keeps the form simple.
 */
export function RolePicker({ value, onChange, showInherit, idPrefix }: { value: RoleSelection; onChange: (value: RoleSelection) => void; showInherit: boolean; idPrefix: string }) {
  const toggle = (role: string, on: boolean) =>
    onChange({ ...value, roles: on ? [...value.roles, role] : value.roles.filter((r) => r !== role) })
  return (
    <fieldset className="role-picker">
      <legend>Roles</legend>
      {BUILT_IN_ROLES.map((role) => (
        <label key={role.handle} className="check" htmlFor={`${idPrefix}-${role.handle}`}>
          <input id={`${idPrefix}-${role.handle}`} type="checkbox" name="roles" value={role.handle} checked={value.roles.includes(role.handle)} onChange={(e) => toggle(role.handle, e.target.checked)} />
          <span>
            <strong>{role.label}</strong> <small className="muted">{role.description}</small>
          </span>
        </label>
      ))}
      {showInherit && (
        <label className="check inherit" htmlFor={`${idPrefix}-inherit`}>
          <input id={`${idPrefix}-inherit`} type="checkbox" name="inherit" checked={value.inherit} onChange={(e) => onChange({ ...value, inherit: e.target.checked })} />
          <span>Also in every division below this unit</span>
        </label>
      )}
    </fieldset>
  )
}

export function RoleChips({ assignments }: { assignments: RoleAssignment[] }) {
  return (
    <span className="chips">
      {assignments.map((a) => (
        <span key={a.role} className="chip" title={a.inherit ? "Applies in divisions too" : "This unit only"}>
          {a.role}
          {a.inherit ? " ↓" : ""}
        </span>
      ))}
    </span>
  )
}
