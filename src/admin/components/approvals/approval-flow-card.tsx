import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CustomerName, customerLabel } from "../../hooks/use-catalog-options"
import { formatDateTime, formatMoney } from "../../lib/format"
import type { ApprovalFlow } from "../../../lib/approvals/contract"
import { FlowStatusBadge } from "../common/status-badges"
import { DecisionTrail } from "./decision-trail"
import { describeTier } from "./describe"

/** One cart's way through approval: why, the tiers (current one marked), the cart as submitted and the trail. */
export function ApprovalFlowCard({
  flow,
  unitName,
  customers,
  compact = false,
}: {
  flow: ApprovalFlow
  unitName?: string
  customers?: Map<string, CustomerName>
  compact?: boolean
}) {
  const lines = flow.snapshot?.lines ?? []
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="approval-flow" data-flow-id={flow.id} data-status={flow.status}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-y-0.5">
          <div className="flex items-center gap-x-2">
            <Text size="small" weight="plus">
              {formatMoney(flow.cart_total, flow.currency_code)}
            </Text>
            <FlowStatusBadge status={flow.status} />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Requested {formatDateTime(flow.created_at)} by{" "}
            <Link to={`/customers/${flow.requester_customer_id}`} className="text-ui-fg-interactive hover:underline">
              {customerLabel(customers?.get(flow.requester_customer_id), flow.requester_customer_id)}
            </Link>
            {unitName && (
              <>
                {" "}
                for{" "}
                <Link to={`/business-units/${flow.business_unit_id}`} className="text-ui-fg-interactive hover:underline">
                  {unitName}
                </Link>
              </>
            )}
          </Text>
        </div>
      </div>
      <div className="flex flex-col gap-y-1">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Why
        </Text>
        {(flow.reasons ?? []).map((reason, i) => (
          <Text key={i} size="small">
            {reason}
          </Text>
        ))}
      </div>
      <div className="flex flex-col gap-y-1">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Tiers
        </Text>
        <ol className="flex flex-col">
          {flow.tiers.map((tier, i) => {
            const current = flow.status === "pending" && i === flow.current_tier
            const passed = i < flow.current_tier || flow.status === "approved"
            return (
              <li key={i} className={`txt-compact-small ${current ? "font-medium" : ""}`}>
                <span className="text-ui-fg-subtle">{i + 1}.</span> {describeTier(tier)}
                {current && <span className="text-ui-fg-interactive"> ← waiting</span>}
                {passed && <span className="text-ui-fg-subtle"> ✓</span>}
              </li>
            )
          })}
        </ol>
      </div>
      {!compact && lines.length > 0 && (
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Cart as submitted
          </Text>
          {lines.map((line, i) => (
            <Text key={i} size="small">
              {line.quantity} × {line.title}
              {line.sku ? ` (${line.sku})` : ""} at {formatMoney(line.unit_price, flow.currency_code)}
            </Text>
          ))}
        </div>
      )}
      <div className="flex flex-col gap-y-1">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Decisions
        </Text>
        <DecisionTrail decisions={flow.decisions ?? []} customers={customers} compact={compact} />
      </div>
    </div>
  )
}
