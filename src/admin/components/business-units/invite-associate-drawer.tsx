import { Button, Input, toast } from "@medusajs/ui"
import { useInviteAssociate } from "../../hooks/use-business-units"
import type { RoleAssignment } from "../../../lib/business/contract"
import { isEmail } from "../../lib/validation"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { useFormDrawer } from "../common/use-form-drawer"
import { RolePicker } from "./role-picker"

/**
 * Invites an email with roles. Nobody joins at once: the person (with an existing account or
 * after registering) logs in and accepts the invite from the link in the message.
 */
export function InviteAssociateDrawer({ unitId }: { unitId: string }) {
  const { open, openDrawer, close, values, setValues, errors, serverError, submitWith } = useFormDrawer(
    () => ({ email: "", roles: [{ role: "buyer", inherit: false }] as RoleAssignment[] }),
    ({ email, roles }) => ({
      email: !email.trim() ? "Give an email address" : !isEmail(email) ? "Not an email address" : undefined,
      roles: roles.length === 0 ? "Give at least one role" : undefined,
    })
  )
  const { email, roles } = values
  const setEmail = (next: string) => setValues((v) => ({ ...v, email: next }))
  const setRoles = (next: RoleAssignment[]) => setValues((v) => ({ ...v, roles: next }))
  const invite = useInviteAssociate(unitId)

  const submit = () =>
    submitWith(({ email, roles }, fail) =>
      invite.mutate(
        { email: email.trim().toLowerCase(), roles },
        {
          onSuccess: (result) => {
            toast.success(`Invite sent to ${result.invite.email}`)
            close()
          },
          onError: fail,
        }
      )
    )

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => openDrawer(true)} data-testid="invite-associate">
        Invite associate
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={openDrawer}
        title="Invite associate"
        description="The person gets a link: they join once they log in (registering first if they have no account) and accept."
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
