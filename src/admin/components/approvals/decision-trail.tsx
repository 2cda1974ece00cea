import { Badge, Table, Text } from "@medusajs/ui"
import { CustomerName, customerLabel } from "../../hooks/use-catalog-options"
import { formatDateTime } from "../../lib/format"
import type { ApprovalDecision } from "../../../lib/approvals/contract"

/** The audit trail of a flow: who decided, at which tier, with which roles, what, when and why. */
export function DecisionTrail({
  decisions,
  customers,
  compact = false,
}: {
  decisions: ApprovalDecision[]
  customers?: Map<string, CustomerName>
  compact?: boolean
}) {
  if (!decisions.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No decisions yet.
      </Text>
    )
  }
  const ordered = [...decisions].sort((a, b) => a.created_at.localeCompare(b.created_at))
  const who = (d: ApprovalDecision) => customerLabel(customers?.get(d.approver_customer_id), d.approver_customer_id)
  if (compact) {
    return (
      <ol className="flex flex-col gap-y-2" data-testid="approval-trail">
        {ordered.map((d) => (
          <li key={d.id} className="flex flex-col" data-testid="approval-decision" data-decision={d.decision}>
            <div className="flex flex-wrap items-center gap-x-2">
              <Badge size="2xsmall" color={d.decision === "approve" ? "green" : "red"}>
                {d.decision === "approve" ? "Approved" : "Rejected"}
              </Badge>
              <Text size="small">
                Tier {d.tier + 1} · {who(d)}
                <span className="text-ui-fg-subtle"> ({(d.approver_roles ?? []).join(", ")})</span>
              </Text>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(d.created_at)}
              {d.comment ? ` · “${d.comment}”` : ""}
            </Text>
          </li>
        ))}
      </ol>
    )
  }
  return (
    <Table data-testid="approval-trail">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>When</Table.HeaderCell>
          <Table.HeaderCell>Who</Table.HeaderCell>
          <Table.HeaderCell>Tier</Table.HeaderCell>
          <Table.HeaderCell>Decision</Table.HeaderCell>
          <Table.HeaderCell>Comment</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {ordered.map((d) => (
          <Table.Row key={d.id} data-testid="approval-decision" data-decision={d.decision}>
            <Table.Cell>{formatDateTime(d.created_at)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <Text size="small">{who(d)}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {(d.approver_roles ?? []).join(", ")}
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell>{d.tier + 1}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={d.decision === "approve" ? "green" : "red"}>
                {d.decision === "approve" ? "Approved" : "Rejected"}
              </Badge>
            </Table.Cell>
            <Table.Cell>
              <Text size="small" className="whitespace-pre-wrap">
                {d.comment ?? "-"}
              </Text>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
