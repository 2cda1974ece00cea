import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../../lib/format"
import { flowStatusColor, invoiceStatusColor, quoteStatusColor, unitStatusColor } from "../../lib/labels"
import type { UnitStatus } from "../../../lib/business/contract"
import type { FlowStatus } from "../../../lib/approvals/contract"
import type { InvoiceStatus } from "../../../lib/net-terms/contract"
import type { QuoteStatus } from "../../../lib/quotes/contract"

export const UnitStatusBadge = ({ status }: { status: UnitStatus }) => (
  <StatusBadge color={unitStatusColor[status] ?? "grey"}>{humanize(status)}</StatusBadge>
)

export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => (
  <StatusBadge color={quoteStatusColor[status] ?? "grey"} data-testid="quote-status">
    {humanize(status)}
  </StatusBadge>
)

export const InvoiceStatusBadge = ({ status, testId }: { status: InvoiceStatus; testId?: string }) => (
  <StatusBadge color={invoiceStatusColor[status] ?? "grey"} data-testid={testId} data-status={status}>
    {humanize(status)}
  </StatusBadge>
)

export const FlowStatusBadge = ({ status }: { status: FlowStatus }) => (
  <StatusBadge color={flowStatusColor[status] ?? "grey"} data-status={status}>
    {humanize(status)}
  </StatusBadge>
)
