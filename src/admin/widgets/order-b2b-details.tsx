import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ApprovalFlowCard } from "../components/approvals/approval-flow-card"
import { RoleBadges } from "../components/business-units/role-badges"
import { ErrorState, LoadingState } from "../components/common/page-states"
import { KeyValueRow, Section } from "../components/common/section"
import { InvoiceStatusBadge } from "../components/common/status-badges"
import { OrderDeliverySection } from "../components/deliveries/order-delivery-section"
import { useCustomerNames } from "../hooks/use-catalog-options"
import { useOrderB2bInfo } from "../hooks/use-orders"
import { formatDate, formatMoney } from "../lib/format"

/** On an order's page: its business unit, associate, PO number, delivery, approval trail and invoice. */
const OrderB2bWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, isError, error, refetch } = useOrderB2bInfo(order.id)
  const flows = data?.approvalFlows ?? []
  const { data: customers } = useCustomerNames(flows.flatMap((f) => [f.requester_customer_id, ...(f.decisions ?? []).map((d) => d.approver_customer_id)]))

  if (isLoading) {
    return (
      <Section title="Business order" data-testid="order-b2b-widget">
        <LoadingState rows={2} />
      </Section>
    )
  }
  if (isError || !data) {
    return (
      <Section title="Business order" data-testid="order-b2b-widget">
        <ErrorState error={error} onRetry={() => refetch()} />
      </Section>
    )
  }

  const unit = data.order.business_unit
  const associate = data.order.business_associate
  if (!unit) {
    return (
      <Section title="Business order" data-testid="order-b2b-widget">
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Not placed for a business unit.
        </Text>
      </Section>
    )
  }

  const invoice = data.invoice
  return (
    <Section title="Business order" data-testid="order-b2b-widget">
      <KeyValueRow label="Business unit" testId="order-business-unit">
        <Link to={`/business-units/${unit.id}`} className="text-ui-fg-interactive hover:underline">
          {unit.name}
        </Link>
      </KeyValueRow>
      <KeyValueRow label="Associate" testId="order-associate">
        {associate ? (
          <div className="flex flex-col gap-y-1">
            <Link to={`/customers/${associate.customer_id}`} className="text-ui-fg-interactive hover:underline">
              {associate.email}
            </Link>
            <RoleBadges roles={associate.roles} />
          </div>
        ) : (
          "-"
        )}
      </KeyValueRow>
      <KeyValueRow label="PO number" testId="order-po-number">
        {data.poNumber}
      </KeyValueRow>
      <div className="flex flex-col" data-testid="order-invoice">
        <KeyValueRow label="Invoice">
          {invoice ? (
            <div className="flex flex-wrap items-center gap-2">
              <Link to={`/invoices/${invoice.id}`} className="text-ui-fg-interactive hover:underline">
                {invoice.number}
              </Link>
              <InvoiceStatusBadge status={invoice.status} />
            </div>
          ) : (
            "None (not paid on net terms)"
          )}
        </KeyValueRow>
        {invoice && (
          <KeyValueRow label="Open / due">
            {formatMoney(invoice.open_amount, invoice.currency_code)} · {invoice.due_date ? formatDate(invoice.due_date) : "on fulfilment"}
          </KeyValueRow>
        )}
      </div>
      <OrderDeliverySection orderId={order.id} />
      <div className="flex flex-col" data-testid="order-approvals">
        <div className="px-6 pt-3">
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            Approval
          </Text>
        </div>
        {flows.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 pb-4 pt-1">
            No approval was needed.
          </Text>
        ) : (
          <div className="flex flex-col divide-y">
            {flows.map((flow) => (
              <ApprovalFlowCard key={flow.id} flow={flow} customers={customers} compact />
            ))}
          </div>
        )}
      </div>
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderB2bWidget
