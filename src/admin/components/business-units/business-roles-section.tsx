import { Badge, Button, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useBusinessRoles, useDeleteBusinessRole } from "../../hooks/use-business-roles"
import { errorMessage } from "../../lib/errors"
import type { BusinessRole } from "../../../lib/business/contract"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { RoleFormDrawer } from "./role-form-drawer"
import { RowActions } from "../common/row-actions"

/** Built-in roles (read-only) and the merchant's own roles: create, edit, delete. */
export function BusinessRolesSection() {
  const { data, isLoading, isError, error, refetch } = useBusinessRoles()
  const remove = useDeleteBusinessRole()
  const prompt = usePrompt()
  const [drawerOpen, setDrawerOpen] = useState(false)
  const [editing, setEditing] = useState<BusinessRole | null>(null)

  const openCreate = () => {
    setEditing(null)
    setDrawerOpen(true)
  }
  const openEdit = (role: BusinessRole) => {
    setEditing(role)
    setDrawerOpen(true)
  }
  const confirmDelete = async (role: BusinessRole) => {
    if (!role.id) return
    const confirmed = await prompt({
      title: `Delete role "${role.name}"?`,
      description: "A role still held by an associate cannot be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(role.id, {
      onSuccess: () => toast.success(`Role "${role.name}" deleted`),
      onError: (err) => toast.error(errorMessage(err)),
    })
  }

  const roles = data?.roles ?? []
  return (
    <Section
      title="Business roles"
      level="h1"
      description="What associates may do in their units. Built-in roles are fixed; add your own from the same permissions."
      actions={
        <Button size="small" variant="secondary" onClick={openCreate} disabled={!data} data-testid="create-business-role">
          Create role
        </Button>
      }
      data-testid="business-roles"
    >
      {isLoading ? (
        <LoadingState label="Loading roles…" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : roles.length === 0 ? (
        <EmptyState title="No roles" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Permissions</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {roles.map((role) => (
              <Table.Row key={role.handle} data-testid="business-role-row" data-role={role.handle}>
                <Table.Cell className="align-top">
                  <div className="flex flex-col py-2">
                    <div className="flex items-center gap-x-2">
                      <Text size="small" weight="plus">
                        {role.name}
                      </Text>
                      <Badge size="2xsmall" color={role.built_in ? "grey" : "purple"}>
                        {role.built_in ? "Built-in" : "Merchant"}
                      </Badge>
                    </div>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {role.handle}
                    </Text>
                    {role.description && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {role.description}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="py-2">
                  <div className="flex max-w-xl flex-wrap gap-1 py-2">
                    {role.permissions.map((p) => (
                      <Badge key={p} size="2xsmall">
                        {p}
                      </Badge>
                    ))}
                  </div>
                </Table.Cell>
                <Table.Cell className="align-top">
                  {!role.built_in && (
                    <RowActions className="py-2" edit={{ label: "Edit", onClick: () => openEdit(role), testId: "edit-business-role" }} remove={{ label: "Delete", onClick: () => confirmDelete(role), testId: "delete-business-role" }} />
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <RoleFormDrawer
        open={drawerOpen}
        onOpenChange={setDrawerOpen}
        role={editing}
        permissions={data?.permissions ?? []}
        builtInHandles={roles.filter((r) => r.built_in).map((r) => r.handle)}
      />
    </Section>
  )
}
