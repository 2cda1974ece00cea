import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useUpdateAssociateRoles } from "../../hooks/use-business-units"
import { errorMessage } from "../../lib/errors"
import type { Associate, RoleAssignment } from "../../../lib/business/contract"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { RolePicker } from "./role-picker"

/** Changes an associate's roles (the backend keeps at least one admin on a company). */
export function EditRolesDrawer({
  unitId,
  associate,
  onClose,
}: {
  unitId: string
  associate: Associate | null
  onClose: () => void
}) {
  const [roles, setRoles] = useState<RoleAssignment[]>([])
  const [rolesError, setRolesError] = useState<string | null>(null)
  const [serverError, setServerError] = useState<string | null>(null)
  const update = useUpdateAssociateRoles(unitId)

  useEffect(() => {
    setRoles(associate?.roles ?? [])
    setRolesError(null)
    setServerError(null)
  }, [associate])

  const submit = () => {
    if (!associate) return
    if (roles.length === 0) {
      setRolesError("Give at least one role; to take every role away, remove the associate")
      return
    }
    setRolesError(null)
    setServerError(null)
    update.mutate(
      { associateId: associate.id, roles },
      {
        onSuccess: () => {
          toast.success(`Roles of ${associate.email} saved`)
          onClose()
        },
        onError: (error) => setServerError(errorMessage(error)),
      }
    )
  }

  return (
    <FormDrawer
      open={!!associate}
      onOpenChange={(open) => !open && onClose()}
      title="Edit roles"
      description={associate?.email}
      onSubmit={submit}
      submitting={update.isPending}
      testId="edit-associate-roles-drawer"
      submitTestId="edit-associate-roles-submit"
    >
      <FormError message={serverError} />
      <Field label="Roles" error={rolesError}>
        <RolePicker value={roles} onChange={setRoles} idPrefix="edit" />
      </Field>
    </FormDrawer>
  )
}
