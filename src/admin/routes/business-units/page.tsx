import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { CreateUnitDrawer } from "../../components/business-units/create-unit-drawer"
import { UnitTreeTable } from "../../components/business-units/unit-tree-table"
import { OptionSelect } from "../../components/common/option-select"
import { EmptyState, ErrorState, LoadingState } from "../../components/common/page-states"
import { useBusinessUnits } from "../../hooks/use-business-units"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import type { UnitStatus } from "../../../lib/business/contract"
import { flattenUnitTree } from "../../lib/unit-tree"

const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
]

const BusinessUnitsPage = () => {
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState("")
  const q = useDebouncedValue(search.trim())
  const filters = { q: q || undefined, status: (status || undefined) as UnitStatus | undefined }
  const { data: units, isLoading, isError, error, refetch } = useBusinessUnits(filters)
  const rows = useMemo(() => flattenUnitTree(units ?? []), [units])
  const filtered = !!(filters.q || filters.status)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Business units</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Companies and their divisions buying on the wholesale channel.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="transparent" asChild>
              <Link to="/business-units/roles" data-testid="business-roles-link">
                Roles
              </Link>
            </Button>
            <CreateUnitDrawer />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <div className="w-full max-w-xs">
            <Input
              type="search"
              size="small"
              placeholder="Search by name"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="business-unit-search"
              aria-label="Search business units"
            />
          </div>
          <div className="w-40">
            <OptionSelect
              value={status}
              onChange={setStatus}
              options={STATUS_OPTIONS}
              emptyLabel="All statuses"
              placeholder="Status"
              testId="business-unit-status-filter"
            />
          </div>
          {units && (
            <Text size="small" className="text-ui-fg-subtle ml-auto">
              {units.length} {units.length === 1 ? "unit" : "units"}
            </Text>
          )}
        </div>
        {isLoading ? (
          <LoadingState label="Loading business units…" />
        ) : isError ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState
            title={filtered ? "No business unit matches" : "No business units yet"}
            description={filtered ? "Change the search or the status filter." : "Create a company to get started."}
          />
        ) : (
          <UnitTreeTable rows={rows} />
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Business units",
  icon: Buildings,
})

export default BusinessUnitsPage
