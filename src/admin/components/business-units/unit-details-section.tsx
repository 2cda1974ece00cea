import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { useDeleteBusinessUnit, useUpdateBusinessUnit } from "../../hooks/use-business-units"
import { errorMessage } from "../../lib/errors"
import { formatDate } from "../../lib/format"
import type { BusinessUnitDetail } from "../../../lib/business/contract"
import { KeyValueRow } from "../common/section"
import { UnitStatusBadge } from "../common/status-badges"
import { EditUnitDrawer } from "./edit-unit-drawer"

/** Name, status and contact details, with edit, activate/deactivate and delete. */
export function UnitDetailsSection({ unit, parentName }: { unit: BusinessUnitDetail; parentName?: string | null }) {
  const update = useUpdateBusinessUnit(unit.id)
  const remove = useDeleteBusinessUnit(unit.id)
  const prompt = usePrompt()
  const navigate = useNavigate()
  const active = unit.status === "active"
  const canDelete = unit.divisions.length === 0 && unit.associates.length === 0

  const toggleStatus = async () => {
    if (active) {
      const confirmed = await prompt({
        title: "Deactivate this unit?",
        description: `${unit.name} and every division below it will no longer be able to create carts or place orders.`,
        confirmText: "Deactivate",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    update.mutate(
      { status: active ? "inactive" : "active" },
      {
        onSuccess: () => toast.success(active ? "Unit deactivated" : "Unit activated"),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  }

  const deleteUnit = async () => {
    const confirmed = await prompt({
      title: "Delete this unit?",
      description: `${unit.name} will be deleted. This cannot be undone.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`${unit.name} deleted`)
        navigate("/business-units")
      },
      onError: (error) => toast.error(errorMessage(error)),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="business-unit-details">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1" data-testid="business-unit-name">
              {unit.name}
            </Heading>
            <Badge size="2xsmall" color={unit.parent_id ? "blue" : "purple"}>
              {unit.parent_id ? "Division" : "Company"}
            </Badge>
          </div>
          <div className="flex items-center gap-x-2" data-testid="business-unit-status" data-status={unit.status}>
            <UnitStatusBadge status={unit.status} />
            {!active && (
              <Text size="small" className="text-ui-fg-subtle">
                No carts or orders for this unit and its divisions.
              </Text>
            )}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <EditUnitDrawer unit={unit} />
          <Button
            size="small"
            variant="secondary"
            onClick={toggleStatus}
            isLoading={update.isPending}
            data-testid="toggle-business-unit-status"
          >
            {active ? "Deactivate" : "Activate"}
          </Button>
          {canDelete && (
            <Button size="small" variant="transparent" onClick={deleteUnit} isLoading={remove.isPending} data-testid="delete-business-unit">
              Delete
            </Button>
          )}
        </div>
      </div>
      {unit.parent_id && (
        <KeyValueRow label="Parent unit">
          <Link to={`/business-units/${unit.parent_id}`} className="text-ui-fg-interactive hover:underline">
            {parentName ?? unit.parent_id}
          </Link>
        </KeyValueRow>
      )}
      <KeyValueRow label="Email">{unit.email}</KeyValueRow>
      <KeyValueRow label="Phone">{unit.phone}</KeyValueRow>
      <KeyValueRow label="Tax ID">{unit.tax_id}</KeyValueRow>
      <KeyValueRow label="Currency">{unit.currency_code?.toUpperCase()}</KeyValueRow>
      <KeyValueRow label="Created">{formatDate(unit.created_at)}</KeyValueRow>
    </Container>
  )
}
