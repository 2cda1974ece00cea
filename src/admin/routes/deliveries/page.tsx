import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { DeliveryCalendarsSection } from "../../components/deliveries/delivery-calendars-section"
import { PickListSection } from "../../components/deliveries/pick-list-section"

/** What ships on a day (pick list by address) and when the shop delivers (delivery calendars). */
const DeliveriesPage = () => (
  <div className="flex flex-col gap-y-3" data-testid="deliveries-page">
    <PickListSection />
    <DeliveryCalendarsSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Deliveries",
  icon: TruckFast,
})

export default DeliveriesPage
