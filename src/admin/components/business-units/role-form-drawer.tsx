import { Input, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateBusinessRole, useUpdateBusinessRole } from "../../hooks/use-business-roles"
import { errorMessage } from "../../lib/errors"
import type { BusinessRole } from "../../../lib/business/contract"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { PermissionCheckboxes } from "./permission-checkboxes"

const HANDLE = /^[a-z][a-z0-9-]{1,40}$/

type Errors = { handle?: string; name?: string; permissions?: string }

/** Creates a merchant role (handle, name, description, permissions) or edits one (`role`). */
export function RoleFormDrawer({
  open,
  onOpenChange,
  role,
  permissions,
  builtInHandles,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  role: BusinessRole | null
  permissions: string[]
  builtInHandles: string[]
}) {
  const [handle, setHandle] = useState("")
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [chosen, setChosen] = useState<string[]>([])
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const create = useCreateBusinessRole()
  const update = useUpdateBusinessRole()

  useEffect(() => {
    if (!open) return
    setHandle(role?.handle ?? "")
    setName(role?.name ?? "")
    setDescription(role?.description ?? "")
    setChosen(role?.permissions ?? [])
    setErrors({})
    setServerError(null)
  }, [open, role])

  const submit = () => {
    const found: Errors = {}
    if (!role) {
      if (!HANDLE.test(handle.trim())) found.handle = "A lowercase slug such as purchasing-lead (letters, digits, dashes)"
      else if (builtInHandles.includes(handle.trim())) found.handle = "That is a built-in role"
    }
    if (!name.trim()) found.name = "Give the role a name"
    if (chosen.length === 0) found.permissions = "Give the role at least one permission"
    setErrors(found)
    if (Object.values(found).some(Boolean)) return
    setServerError(null)
    const body = { name: name.trim(), description: description.trim() || null, permissions: chosen }
    const done = {
      onSuccess: () => {
        toast.success(role ? `Role "${name.trim()}" saved` : `Role "${name.trim()}" created`)
        onOpenChange(false)
      },
      onError: (error: unknown) => setServerError(errorMessage(error)),
    }
    if (role?.id) update.mutate({ id: role.id, ...body }, done)
    else create.mutate({ handle: handle.trim(), ...body }, done)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={role ? `Edit role ${role.handle}` : "Create role"}
      description="A merchant role can be granted to associates like the built-in ones."
      onSubmit={submit}
      submitLabel={role ? "Save" : "Create"}
      submitting={create.isPending || update.isPending}
      testId="business-role-drawer"
      submitTestId="business-role-submit"
    >
      <FormError message={serverError} />
      {!role && (
        <Field label="Handle" htmlFor="role-handle" error={errors.handle} hint="Used in role assignments, e.g. purchasing-lead">
          <Input id="role-handle" name="handle" value={handle} onChange={(e) => setHandle(e.target.value.toLowerCase())} autoFocus />
        </Field>
      )}
      <Field label="Name" htmlFor="role-name" error={errors.name}>
        <Input id="role-name" name="name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Description" htmlFor="role-description" optional>
        <Textarea id="role-description" name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <Field label="Permissions" error={errors.permissions}>
        <PermissionCheckboxes permissions={permissions} value={chosen} onChange={setChosen} />
      </Field>
    </FormDrawer>
  )
}
