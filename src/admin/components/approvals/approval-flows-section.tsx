import { Tabs } from "@medusajs/ui"
import { useState } from "react"
import { useApprovalFlows } from "../../hooks/use-approvals"
import { useCustomerNames } from "../../hooks/use-catalog-options"
import { useUnitNames } from "../../hooks/use-unit-names"
import { humanize } from "../../lib/format"
import { FLOW_STATUSES, type FlowStatus } from "../../../lib/approvals/contract"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { OffsetPagination } from "../common/pagination"
import { Section } from "../common/section"
import { ApprovalFlowCard } from "./approval-flow-card"

const LIMIT = 10
const ALL = "all"

/** Approval flows by status (all units, or one), each with its audit trail. */
export function ApprovalFlowsSection({ unitId }: { unitId?: string }) {
  const [status, setStatus] = useState<string>("pending")
  const [offset, setOffset] = useState(0)
  const { data, isLoading, isError, error, refetch } = useApprovalFlows({
    business_unit_id: unitId || undefined,
    status: status === ALL ? undefined : (status as FlowStatus),
    limit: LIMIT,
    offset,
  })
  const unitNames = useUnitNames()
  const flows = data?.approval_flows ?? []
  const customerIds = flows.flatMap((f) => [f.requester_customer_id, ...(f.decisions ?? []).map((d) => d.approver_customer_id)])
  const { data: customers } = useCustomerNames(customerIds)

  return (
    <Section
      title="Approval flows"
      description={unitId ? "Carts of this unit submitted for approval (a division's carts are listed under the division)." : "Carts of every unit submitted for approval."}
      data-testid="approval-flows"
    >
      <div className="px-6 py-3">
        <Tabs
          value={status}
          onValueChange={(v) => {
            setStatus(v)
            setOffset(0)
          }}
        >
          <Tabs.List>
            {[...FLOW_STATUSES, ALL].map((s) => (
              <Tabs.Trigger key={s} value={s} data-testid={`flow-status-${s}`}>
                {humanize(s)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {isLoading ? (
        <LoadingState label="Loading approval flows…" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : flows.length === 0 ? (
        <EmptyState title={`No ${status === ALL ? "" : humanize(status).toLowerCase() + " "}flows`} />
      ) : (
        <>
          <div className="flex flex-col divide-y">
            {flows.map((flow) => (
              <ApprovalFlowCard key={flow.id} flow={flow} unitName={unitNames.get(flow.business_unit_id)} customers={customers} />
            ))}
          </div>
          {data && data.count > LIMIT && <OffsetPagination count={data.count} limit={LIMIT} offset={offset} onChange={setOffset} />}
        </>
      )}
    </Section>
  )
}
