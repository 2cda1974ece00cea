import { Checkbox, Label, Text } from "@medusajs/ui"
import { useBusinessRoles } from "../../hooks/use-business-roles"
import type { RoleAssignment } from "../../../lib/business/contract"
import { ErrorState, LoadingState } from "../common/page-states"

/**
 * Roles to grant, each optionally inherited by the unit's divisions. Lists the built-in roles
 * and the merchant's own.
 */
export function RolePicker({
  value,
  onChange,
  idPrefix,
}: {
  value: RoleAssignment[]
  onChange: (value: RoleAssignment[]) => void
  idPrefix: string
}) {
  const { data, isLoading, isError, error } = useBusinessRoles()
  if (isLoading) return <LoadingState label="Loading roles…" rows={2} />
  if (isError) return <ErrorState error={error} title="Could not load the roles" />

  const assignment = (handle: string) => value.find((r) => r.role === handle)
  const toggle = (handle: string, on: boolean) =>
    onChange(on ? [...value, { role: handle, inherit: false }] : value.filter((r) => r.role !== handle))
  const setInherit = (handle: string, inherit: boolean) =>
    onChange(value.map((r) => (r.role === handle ? { ...r, inherit } : r)))

  return (
    <div className="flex flex-col divide-y rounded-md border" data-testid="role-picker">
      {(data?.roles ?? []).map((role) => {
        const current = assignment(role.handle)
        const checkboxId = `${idPrefix}-role-${role.handle}`
        const inheritId = `${idPrefix}-inherit-${role.handle}`
        return (
          <div key={role.handle} className="flex items-center justify-between gap-x-4 px-3 py-2">
            <div className="flex items-center gap-x-2">
              <Checkbox
                id={checkboxId}
                checked={!!current}
                onCheckedChange={(checked) => toggle(role.handle, checked === true)}
                data-testid={`role-${role.handle}`}
              />
              <Label htmlFor={checkboxId} size="small">
                {role.name}
                <Text as="span" size="xsmall" className="text-ui-fg-muted">
                  {" "}
                  {role.handle}
                  {role.built_in ? "" : " · merchant role"}
                </Text>
              </Label>
            </div>
            <div className="flex items-center gap-x-2">
              <Checkbox
                id={inheritId}
                checked={!!current?.inherit}
                disabled={!current}
                onCheckedChange={(checked) => setInherit(role.handle, checked === true)}
                data-testid={`role-${role.handle}-inherit`}
              />
              <Label htmlFor={inheritId} size="xsmall" className="text-ui-fg-subtle">
                Also in divisions
              </Label>
            </div>
          </div>
        )
      })}
    </div>
  )
}
