import { Badge, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { UnitTreeRow } from "../../lib/unit-tree"
import { UnitStatusBadge } from "../common/status-badges"

/** Companies with their divisions indented below them; a row opens the unit. */
export function UnitTreeTable({ rows }: { rows: UnitTreeRow[] }) {
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Kind</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Email</Table.HeaderCell>
          <Table.HeaderCell>Tax ID</Table.HeaderCell>
          <Table.HeaderCell>Currency</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map(({ unit, depth, parentName }) => (
          <Table.Row
            key={unit.id}
            className="cursor-pointer"
            onClick={() => navigate(`/business-units/${unit.id}`)}
            data-testid="business-unit-row"
            data-unit-id={unit.id}
            data-depth={depth}
          >
            <Table.Cell>
              <div className="flex flex-col" style={{ paddingLeft: depth * 24 }}>
                <span className="flex items-center gap-x-1.5">
                  {depth > 0 && <span className="text-ui-fg-muted">└</span>}
                  <Text size="small" weight={depth === 0 ? "plus" : "regular"} leading="compact">
                    {unit.name}
                  </Text>
                </span>
                {depth === 0 && parentName && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Division of {parentName}
                  </Text>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={unit.parent_id ? "blue" : "purple"}>
                {unit.parent_id ? "Division" : "Company"}
              </Badge>
            </Table.Cell>
            <Table.Cell>
              <UnitStatusBadge status={unit.status} />
            </Table.Cell>
            <Table.Cell>{unit.email ?? "-"}</Table.Cell>
            <Table.Cell>{unit.tax_id ?? "-"}</Table.Cell>
            <Table.Cell>{unit.currency_code?.toUpperCase() ?? "-"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
