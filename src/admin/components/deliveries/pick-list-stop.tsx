import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { deliveryAddressLines, windowLabel } from "../../lib/delivery"
import { humanize } from "../../lib/format"
import type { PickListStop } from "../../../lib/delivery/contract"
import { DetailTable } from "../common/detail-table"
import { ReceivingProfileDetails } from "./receiving-profile-details"

/** The deliveries of a day going to one address: who, where, when, how it is received, and each order's lines. */
export function PickListAddressStop({ stops }: { stops: PickListStop[] }) {
  const first = stops[0]
  const windows = [...new Set(stops.map((s) => windowLabel(s.window)))]
  return (
    <div className="flex flex-col gap-y-3 rounded-md border p-4" data-testid="pick-list-stop" data-address-id={first.address.address_id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-y-0.5" data-testid="pick-list-stop-address">
          {deliveryAddressLines(first.address).map((line, i) => (
            <Text key={i} size="small" weight={i === 0 ? "plus" : "regular"} className={i === 0 ? undefined : "text-ui-fg-subtle"}>
              {line}
            </Text>
          ))}
          <Link to={`/business-units/${first.business_unit_id}`} className="text-ui-fg-interactive txt-compact-small hover:underline">
            {first.business_unit_name ?? "Business unit"}
          </Link>
        </div>
        <div className="flex flex-col items-end gap-y-1">
          <Text size="small" weight="plus" data-testid="pick-list-stop-window">
            {windows.join(", ")}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {stops.length === 1 ? "1 order" : `${stops.length} orders`}
          </Text>
        </div>
      </div>
      <ReceivingProfileDetails profile={first.receiving_profile} testId="pick-list-stop-profile" />
      <div className="flex flex-col gap-y-3">
        {stops.map((stop) => (
          <div key={stop.delivery_id} className="flex flex-col gap-y-1 border-t pt-3" data-testid="pick-list-delivery" data-delivery-id={stop.delivery_id}>
            <div className="flex flex-wrap items-center gap-2">
              {stop.order_id ? (
                <Link to={`/orders/${stop.order_id}`} className="text-ui-fg-interactive txt-compact-small-plus hover:underline" data-testid="pick-list-order-link">
                  Order #{stop.display_id ?? stop.order_id}
                </Link>
              ) : (
                <Text size="small" weight="plus">
                  No order
                </Text>
              )}
              {stop.fulfillment_status && (
                <Badge size="2xsmall" color="grey">
                  {humanize(stop.fulfillment_status)}
                </Badge>
              )}
              {stops.length > 1 && stop.window && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {windowLabel(stop.window)}
                </Text>
              )}
            </div>
            <DetailTable
              rows={stop.lines}
              testId="pick-list-lines"
              emptyText="No lines"
              columns={[{ label: "SKU" }, { label: "Product" }, { label: "Quantity", align: "right" }]}
            >
              {(line) => (
                <tr key={`${line.variant_id ?? line.title}-${line.sku}`} data-testid="pick-list-line" data-sku={line.sku ?? ""}>
                  <td className="py-1 pr-4 font-mono">{line.sku ?? "-"}</td>
                  <td className="py-1 pr-4">{line.title}</td>
                  <td className="py-1 text-right" data-testid="pick-list-line-quantity">
                    {line.quantity}
                  </td>
                </tr>
              )}
            </DetailTable>
          </div>
        ))}
      </div>
    </div>
  )
}
