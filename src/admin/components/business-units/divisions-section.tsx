import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { BusinessUnitDetail } from "../../../lib/business/contract"
import { EmptyState } from "../common/page-states"
import { Section } from "../common/section"
import { UnitStatusBadge } from "../common/status-badges"
import { CreateUnitDrawer } from "./create-unit-drawer"

export function DivisionsSection({ unit }: { unit: BusinessUnitDetail }) {
  return (
    <Section
      title="Divisions"
      actions={<CreateUnitDrawer parentId={unit.id} buttonLabel="Add division" testId="add-division" />}
      data-testid="divisions-section"
    >
      {unit.divisions.length === 0 ? (
        <EmptyState title="No divisions" />
      ) : (
        <div className="flex flex-col divide-y">
          {unit.divisions.map((division) => (
            <Link
              key={division.id}
              to={`/business-units/${division.id}`}
              className="flex items-center justify-between px-6 py-3 hover:bg-ui-bg-base-hover"
              data-testid="division-row"
            >
              <Text size="small" weight="plus">
                {division.name}
              </Text>
              <UnitStatusBadge status={division.status} />
            </Link>
          ))}
        </div>
      )}
    </Section>
  )
}
