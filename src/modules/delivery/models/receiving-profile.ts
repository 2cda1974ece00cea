import { model } from "@medusajs/framework/utils"

/**
 * How a business-unit address receives goods: its weekly receiving windows, dock or gate
 * instructions, pallets, a contact on site. One per address (the business module's address id;
 * modules stay isolated, so it is kept as an id, not a relation).
 */
export const ReceivingProfile = model.define("receiving_profile", {
  id: model.id({ prefix: "recv" }).primaryKey(),
  address_id: model.text().unique(),
  business_unit_id: model.text().index(),
  /** ReceivingWindow[] (src/lib/delivery/calendar.ts); empty: any delivery day. */
  windows: model.json().default([] as any),
  dock_instructions: model.text().nullable(),
  accepts_pallets: model.boolean().default(true),
  site_contact_name: model.text().nullable(),
  site_contact_phone: model.text().nullable(),
  notes: model.text().nullable(),
})
