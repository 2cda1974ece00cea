import { MedusaContainer } from "@medusajs/framework/types"
import { ReceivingWindow } from "../../lib/delivery/calendar"
import { businessModule } from "../../modules/business"
import { deliveryModule } from "../../modules/delivery"

const WEEKDAY_MORNINGS: ReceivingWindow[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as ReceivingWindow["weekday"], from: "06:00", to: "10:00" }))

/** The default delivery calendar: Monday to Friday, orders by 14:00 Berlin time, one working day's lead, closed over the holidays. */
const DEFAULT_CALENDAR = {
  name: "Standard deliveries",
  shipping_option_id: null,
  delivery_weekdays: [1, 2, 3, 4, 5],
  cutoff_time: "14:00",
  lead_days: 1,
  time_zone: "Europe/Berlin",
  closed_dates: [
    { date: "2026-12-24", note: "Christmas Eve" },
    { date: "2026-12-25", note: "Christmas Day" },
    { date: "2026-12-26", note: "Boxing Day" },
    { date: "2026-12-31", note: "New Year's Eve" },
    { date: "2027-01-01", note: "New Year's Day" },
  ],
}

/** The demo cafés of Acme Berlin beyond Café Mitte (the demo seed only: tests start from one address). */
const MORE_CAFES = [
  {
    address: { label: "Café Kreuzberg", first_name: "Bea", last_name: "Buyer", address_1: "Oranienstraße 180", city: "Berlin", postal_code: "10999", country_code: "de" },
    profile: { windows: [2, 4].map((weekday) => ({ weekday, from: "07:00", to: "09:00" })) as ReceivingWindow[], dock_instructions: "Courtyard gate, code 4711", accepts_pallets: false, site_contact_name: "Kai Kreuz", site_contact_phone: "+49 30 555 0102", notes: null },
  },
  {
    address: { label: "Café Prenzlauer Berg", first_name: "Bea", last_name: "Buyer", address_1: "Kastanienallee 77", city: "Berlin", postal_code: "10435", country_code: "de" },
    profile: { windows: WEEKDAY_MORNINGS, dock_instructions: "Loading bay on Schwedter Str.", accepts_pallets: true, site_contact_name: "Pia Prenz", site_contact_phone: "+49 30 555 0103", notes: "Pallets up to 120 cm high" },
  },
]

/** The default calendar, and Café Mitte's receiving profile; found again on a re-run. */
export async function seedDelivery(container: MedusaContainer, berlinUnitId: string) {
  const service = deliveryModule(container)
  const [calendar] = await service.listDeliveryCalendars({ shipping_option_id: null })
  if (!calendar) await service.createDeliveryCalendars(DEFAULT_CALENDAR as any)
  const [mitte] = await businessModule(container).listBusinessUnitAddresses({ business_unit_id: berlinUnitId, label: "Café Mitte" })
  if (mitte && !(await service.profilesByAddress([mitte.id])).size) {
    await service.saveReceivingProfile(berlinUnitId, mitte.id, {
      windows: WEEKDAY_MORNINGS,
      dock_instructions: "Rear entrance via Zehdenicker Str.; ring the bell",
      accepts_pallets: false,
      site_contact_name: "Bea Buyer",
      site_contact_phone: "+49 30 555 0101",
      notes: null,
    })
  }
}

/** Two more cafés for Acme Berlin with their receiving profiles, for the demo's split deliveries. */
export async function seedDemoCafes(container: MedusaContainer, berlinUnitId: string) {
  const business = businessModule(container)
  for (const cafe of MORE_CAFES) {
    const [existing] = await business.listBusinessUnitAddresses({ business_unit_id: berlinUnitId, label: cafe.address.label })
    const address = existing ?? (await business.saveUnitAddress(berlinUnitId, cafe.address))
    if (!(await deliveryModule(container).profilesByAddress([address.id])).size) {
      await deliveryModule(container).saveReceivingProfile(berlinUnitId, address.id, cafe.profile)
    }
  }
}
