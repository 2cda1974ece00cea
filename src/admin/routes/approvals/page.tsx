import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { ApprovalFlowsSection } from "../../components/approvals/approval-flows-section"
import { ApprovalRulesSection } from "../../components/approvals/approval-rules-section"
import { EmptyState } from "../../components/common/page-states"
import { UnitSelect } from "../../components/common/unit-select"
import { useBusinessUnits } from "../../hooks/use-business-units"

const ApprovalsPage = () => {
  const [params, setParams] = useSearchParams()
  const unitId = params.get("unit") ?? ""
  const { data: units } = useBusinessUnits()
  const unit = units?.find((u) => u.id === unitId)

  const selectUnit = (id: string) => {
    const next = new URLSearchParams(params)
    if (id) next.set("unit", id)
    else next.delete("unit")
    setParams(next, { replace: true })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Approvals</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Rules that make business orders wait for approval, and the approvals given.
          </Text>
        </div>
        <div className="w-72">
          <UnitSelect value={unitId} onChange={selectUnit} emptyLabel="All units" testId="approvals-unit-select" />
        </div>
      </Container>
      {unitId ? (
        <ApprovalRulesSection
          key={unitId}
          unitId={unitId}
          unitName={unit?.name}
          currency={unit?.currency_code ?? "eur"}
          isDivision={!!unit?.parent_id}
        />
      ) : (
        <Container className="p-0" data-testid="approval-rules">
          <EmptyState title="Pick a business unit to see and edit its approval rules" />
        </Container>
      )}
      <ApprovalFlowsSection unitId={unitId || undefined} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Approvals",
  icon: CheckCircle,
})

export default ApprovalsPage
