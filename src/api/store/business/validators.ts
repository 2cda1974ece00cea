import { z } from "@medusajs/framework/zod"
import { isClockTime, IsoWeekday } from "../../../lib/delivery/calendar"
import { currencyCode, idOf } from "../../utils/input"
import { MAX_DEPTH } from "../../../lib/business/access"

const optionalText = z.string().trim().max(200).nullish()

export const RoleAssignments = z
  .array(
    z.object({
      role: z.string().trim().min(1, "role must not be empty").max(64),
      inherit: z.boolean().default(false),
    })
  )
  .min(1, "give at least one role")
  .max(10)

export const UnitDetails = z
  .object({
    name: z.string().trim().min(1, "name must not be empty").max(200),
    email: z.string().trim().email("email must be an email address").nullish(),
    phone: optionalText,
    tax_id: optionalText,
    currency_code: currencyCode.nullish(),
  })
  .strict()

export const StoreUpdateUnit = UnitDetails.partial().strict()
export const StoreCreateDivision = UnitDetails.describe(`a division below the unit, at most ${MAX_DEPTH} levels deep`)

export const StoreInviteAssociate = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an email address"),
    roles: RoleAssignments,
  })
  .strict()

export const StoreUpdateAssociate = z.object({ roles: RoleAssignments }).strict()

const inviteToken = z.string().trim().min(10, "token is missing or too short").max(200)
export const StoreAcceptInvite = z.object({ token: inviteToken }).strict()
export const StorePreviewInvite = z.object({ token: inviteToken }).strict()

export const StoreSwitchContext = z.object({ business_unit_id: idOf("bu") }).strict()

export const Address = z
  .object({
    label: optionalText,
    company: optionalText,
    first_name: optionalText,
    last_name: optionalText,
    address_1: z.string().trim().min(1, "address_1 must not be empty").max(200),
    address_2: optionalText,
    city: z.string().trim().min(1, "city must not be empty").max(100),
    province: optionalText,
    postal_code: z.string().trim().min(1, "postal_code must not be empty").max(20),
    country_code: z.string().trim().length(2, "country_code is a 2-letter ISO code").toLowerCase(),
    phone: optionalText,
    // No default here: the partial update below would then unset a default address whenever it
    // is edited. A new address is not a default one unless it says so (the model's default).
    is_default_shipping: z.boolean().optional(),
    is_default_billing: z.boolean().optional(),
  })
  .strict()

export const StoreUpdateAddress = Address.partial().strict()

export const StoreListUnitOrders = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  placed_by: z.enum(["me", "anyone"]).optional(),
})

export type StoreUpdateUnitType = z.infer<typeof StoreUpdateUnit>
export type StoreCreateDivisionType = z.infer<typeof StoreCreateDivision>
export type StoreInviteAssociateType = z.infer<typeof StoreInviteAssociate>
export type StoreUpdateAssociateType = z.infer<typeof StoreUpdateAssociate>
export type StoreAcceptInviteType = z.infer<typeof StoreAcceptInvite>
export type StoreSwitchContextType = z.infer<typeof StoreSwitchContext>
export type AddressType = z.infer<typeof Address>
export type StoreUpdateAddressType = z.infer<typeof StoreUpdateAddress>

const clockTime = z.string().refine(isClockTime, { message: 'Expected a time "HH:MM" (00:00–23:59)' })

/** An address's receiving profile, as its unit's admins (portal) and the merchant (admin) keep it. */
export const ReceivingProfileBody = z
  .object({
    windows: z
      .array(
        z
          .object({ weekday: z.number().int().min(1).max(7).transform((n) => n as IsoWeekday), from: clockTime, to: clockTime })
          .strict()
          .refine((w) => w.from < w.to, { message: "A receiving window must end after it starts" })
      )
      .max(21),
    dock_instructions: z.string().trim().max(1000).nullish(),
    accepts_pallets: z.boolean().default(true),
    site_contact_name: z.string().trim().max(200).nullish(),
    site_contact_phone: z.string().trim().max(50).nullish(),
    notes: z.string().trim().max(2000).nullish(),
  })
  .strict()
export type ReceivingProfileBodyType = z.infer<typeof ReceivingProfileBody>
