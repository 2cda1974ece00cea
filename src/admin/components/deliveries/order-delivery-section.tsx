import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOrderDelivery, useOrderNumbers } from "../../hooks/use-deliveries"
import { deliveryAddressLines, windowLabel } from "../../lib/delivery"
import { formatCalendarDate } from "../../lib/format"
import { DownloadPdfButton } from "../common/download-pdf-button"
import { KeyValueRow } from "../common/section"
import { ErrorState, LoadingState } from "../common/page-states"
import { ReceivingProfileDetails } from "./receiving-profile-details"

/**
 * Inside the order widget: the order's delivery (requested date, window, address, how the address
 * receives goods) and the other orders its checkout was split into. Nothing when the order has no
 * delivery.
 */
export function OrderDeliverySection({ orderId }: { orderId: string }) {
  const { data: delivery, isLoading, isError, error, refetch } = useOrderDelivery(orderId)
  const siblings = delivery?.sibling_order_ids ?? []
  const { data: numbers } = useOrderNumbers(siblings)

  if (isLoading) return <LoadingState label="Loading the delivery…" rows={1} />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} title="Could not load the delivery" />
  if (!delivery) return null

  return (
    <div className="flex flex-col" data-testid="order-delivery">
      <div className="px-6 pt-3">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Delivery
        </Text>
      </div>
      <KeyValueRow label="Requested date" testId="order-delivery-date">
        {formatCalendarDate(delivery.requested_date)}
      </KeyValueRow>
      <KeyValueRow label="Window" testId="order-delivery-window">
        {windowLabel(delivery.window)}
      </KeyValueRow>
      <KeyValueRow label="Address" testId="order-delivery-address">
        <div className="flex flex-col">
          {deliveryAddressLines(delivery.address).map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </div>
      </KeyValueRow>
      <div className="px-6 py-3">
        <ReceivingProfileDetails profile={delivery.receiving_profile} testId="order-delivery-profile" />
      </div>
      <KeyValueRow label="Packing slip" testId="order-packing-slip">
        <DownloadPdfButton path={`/admin/orders/${orderId}/packing-slip`} filename={`packing-slip-${orderId}.pdf`} testId="download-packing-slip" />
      </KeyValueRow>
      {siblings.length > 0 && (
        <KeyValueRow label="Same checkout" testId="order-delivery-siblings">
          <div className="flex flex-wrap gap-x-2">
            {siblings.map((id) => (
              <Link key={id} to={`/orders/${id}`} className="text-ui-fg-interactive hover:underline" data-testid="order-delivery-sibling">
                {numbers?.get(id) ? `#${numbers.get(id)}` : id}
              </Link>
            ))}
          </div>
        </KeyValueRow>
      )}
    </div>
  )
}
