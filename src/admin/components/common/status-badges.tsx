import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../../lib/format"
import { flowStatusColor, invoiceStatusColor, quoteStatusColor, unitStatusColor } from "../../lib/labels"
import { FlowStatus, InvoiceStatus, QuoteStatus, UnitStatus } from "../../lib/types"

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
