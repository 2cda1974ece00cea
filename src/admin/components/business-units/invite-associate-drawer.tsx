import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useInviteAssociate } from "../../hooks/use-business-units"
import { errorMessage } from "../../lib/errors"
import { RoleAssignment } from "../../lib/types"
import { isEmail } from "../../lib/validation"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { RolePicker } from "./role-picker"

/**
 * Invites an email with roles. An existing customer becomes an associate at once; otherwise the
 * invite waits for the person to register and accept it from the B2B portal.
 */
export function InviteAssociateDrawer({ unitId }: { unitId: string }) {
  const [open, setOpen] = useState(false)
  const [email, setEmail] = useState("")
  const [roles, setRoles] = useState<RoleAssignment[]>([{ role: "buyer", inherit: false }])
  const [errors, setErrors] = useState<{ email?: string; roles?: string }>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const invite = useInviteAssociate(unitId)

  const openDrawer = (next: boolean) => {
    setOpen(next)
    if (next) {
      setEmail("")
      setRoles([{ role: "buyer", inherit: false }])
      setErrors({})
      setServerError(null)
    }
  }

  const submit = () => {
    const found = {
      email: !email.trim() ? "Give an email address" : !isEmail(email) ? "Not an email address" : undefined,
      roles: roles.length === 0 ? "Give at least one role" : undefined,
    }
    setErrors(found)
    if (found.email || found.roles) return
    setServerError(null)
    invite.mutate(
      { email: email.trim().toLowerCase(), roles },
      {
        onSuccess: (result) => {
          toast.success(
            result.associate
              ? `${result.associate.email} already had an account and is now an associate`
              : `Invite sent to ${result.invite.email}`
          )
          setOpen(false)
        },
        onError: (error) => setServerError(errorMessage(error)),
      }
    )
  }

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => openDrawer(true)} data-testid="invite-associate">
        Invite associate
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={openDrawer}
        title="Invite associate"
        description="An existing customer is added at once; anyone else gets a link to register and accept."
        onSubmit={submit}
        submitLabel="Send invite"
        submitting={invite.isPending}
        testId="invite-associate-drawer"
        submitTestId="invite-associate-submit"
      >
        <FormError message={serverError} />
        <Field label="Email" htmlFor="invite-email" error={errors.email}>
          <Input id="invite-email" name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        </Field>
        <Field label="Roles" error={errors.roles}>
          <RolePicker value={roles} onChange={setRoles} idPrefix="invite" />
        </Field>
      </FormDrawer>
    </>
  )
}
