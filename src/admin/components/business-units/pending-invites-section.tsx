import { Table, Text, toast } from "@medusajs/ui"
import { useChangeInvite, useUnitInvites } from "../../hooks/use-unit-team"
import { errorMessage } from "../../lib/errors"
import { formatDate } from "../../lib/format"
import type { Invite } from "../../../lib/business/contract"
import { DataTable } from "../common/data-table"
import { QueryStates } from "../common/page-states"
import { RowActions } from "../common/row-actions"
import { Section } from "../common/section"
import { useConfirmedAction } from "../common/use-confirmed-action"
import { RoleBadges } from "./role-badges"

const DateCell = ({ value }: { value: string }) => (
  <Table.Cell>
    <Text size="small">{formatDate(value)}</Text>
  </Table.Cell>
)

const COLUMNS = [{ label: "Email" }, { label: "Roles" }, { label: "Sent" }, { label: "Expires" }, { label: "Actions", align: "right" as const }]

/**
 * Invites nobody has accepted yet and that still work. Resending mails a new link with a new
 * expiry (the old link stops working); revoking makes the link useless.
 */
export function PendingInvitesSection({ unitId }: { unitId: string }) {
  const invites = useUnitInvites(unitId)
  const change = useChangeInvite(unitId)
  const revoke = useConfirmedAction(
    (invite: Invite, callbacks) => change.mutate({ inviteId: invite.id, change: "revoke" }, callbacks),
    (invite) => ({
      title: "Revoke invite?",
      description: `The link sent to ${invite.email} will no longer work.`,
      confirmText: "Revoke",
      done: `Invite to ${invite.email} revoked`,
    })
  )

  const resend = (invite: Invite) =>
    change.mutate(
      { inviteId: invite.id, change: "resend" },
      {
        onSuccess: (sent) => toast.success(`Invite sent again to ${sent.email}, valid until ${formatDate(sent.expires_at)}`),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )

  return (
    <Section title="Pending invites" description="Sent and not yet accepted; a link works once, until it expires." data-testid="pending-invites-section">
      <QueryStates query={invites} loading={{ label: "Loading invites…", rows: 2 }} empty={{ title: "No pending invites" }}>
        {(rows) => (
          <DataTable columns={COLUMNS} rows={rows}>
            {(invite) => (
              <Table.Row key={invite.id} data-testid="pending-invite-row" data-invite-id={invite.id}>
                <Table.Cell>{invite.email}</Table.Cell>
                <Table.Cell>
                  <RoleBadges roles={invite.roles} />
                </Table.Cell>
                <DateCell value={invite.created_at} />
                <DateCell value={invite.expires_at} />
                <Table.Cell>
                  <RowActions
                    edit={{ label: "Resend", onClick: () => resend(invite), testId: "resend-invite" }}
                    remove={{ label: "Revoke", onClick: () => revoke(invite), testId: "revoke-invite" }}
                  />
                </Table.Cell>
              </Table.Row>
            )}
          </DataTable>
        )}
      </QueryStates>
    </Section>
  )
}
