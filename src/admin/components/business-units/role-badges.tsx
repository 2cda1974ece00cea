import { Badge, Tooltip } from "@medusajs/ui"
import type { RoleAssignment } from "../../../lib/business/contract"

/** An associate's roles; an inherited role is marked, as it also applies in every division below. */
export function RoleBadges({ roles }: { roles: RoleAssignment[] }) {
  if (!roles?.length) return <span className="text-ui-fg-muted">-</span>
  return (
    <div className="flex flex-wrap gap-1">
      {roles.map((r) =>
        r.inherit ? (
          <Tooltip key={r.role} content="Inherited by the divisions below this unit">
            <Badge size="2xsmall" color="blue">
              {r.role} ↓
            </Badge>
          </Tooltip>
        ) : (
          <Badge key={r.role} size="2xsmall" color="grey">
            {r.role}
          </Badge>
        )
      )}
    </div>
  )
}
