import { Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useRemoveAssociate } from "../../hooks/use-business-units"
import { errorMessage } from "../../lib/errors"
import { formatDate } from "../../lib/format"
import type { Associate } from "../../../lib/business/contract"
import { EmptyState } from "../common/page-states"
import { Section } from "../common/section"
import { EditRolesDrawer } from "./edit-roles-drawer"
import { InviteAssociateDrawer } from "./invite-associate-drawer"
import { RoleBadges } from "./role-badges"
import { RowActions } from "../common/row-actions"

export function AssociatesSection({ unitId, associates }: { unitId: string; associates: Associate[] }) {
  const [editing, setEditing] = useState<Associate | null>(null)
  const remove = useRemoveAssociate(unitId)
  const prompt = usePrompt()

  const confirmRemove = async (associate: Associate) => {
    const confirmed = await prompt({
      title: "Remove associate?",
      description: `${associate.email} will no longer act for this unit. Their customer account stays.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(associate.id, {
      onSuccess: () => toast.success(`${associate.email} removed`),
      onError: (error) => toast.error(errorMessage(error)),
    })
  }

  return (
    <Section
      title="Associates"
      description="Customers acting for this unit, with their roles (↓ = also in the divisions)."
      actions={<InviteAssociateDrawer unitId={unitId} />}
      data-testid="associates-section"
    >
      {associates.length === 0 ? (
        <EmptyState title="No associates" description="Invite people by email to let them buy for this unit." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Roles</Table.HeaderCell>
              <Table.HeaderCell>Since</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {associates.map((associate) => (
              <Table.Row key={associate.id} data-testid="associate-row" data-associate-id={associate.id}>
                <Table.Cell>
                  <Link to={`/customers/${associate.customer_id}`} className="text-ui-fg-interactive hover:underline">
                    {associate.email}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <RoleBadges roles={associate.roles} />
                </Table.Cell>
                <Table.Cell>
                  <Text size="small">{formatDate(associate.created_at)}</Text>
                </Table.Cell>
                <Table.Cell>
                  <RowActions edit={{ label: "Edit roles", onClick: () => setEditing(associate), testId: "edit-associate-roles" }} remove={{ label: "Remove", onClick: () => confirmRemove(associate), testId: "remove-associate" }} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <EditRolesDrawer unitId={unitId} associate={editing} onClose={() => setEditing(null)} />
    </Section>
  )
}
