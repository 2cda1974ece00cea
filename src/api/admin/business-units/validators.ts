import { z } from "@medusajs/framework/zod"
import { PERMISSIONS } from "../../../lib/business/permissions"
import { RoleAssignments, UnitDetails } from "../../store/business/validators"

export const AdminCreateUnit = UnitDetails.extend({
  parent_id: z.string().trim().min(1).nullish(),
  status: z.enum(["active", "inactive"]).optional(),
}).strict()

export const AdminUpdateUnit = UnitDetails.partial()
  .extend({ status: z.enum(["active", "inactive"]).optional() })
  .strict()

const US_STATE = /^[A-Za-z]{2}$/
const VAT_ID = /^[A-Za-z]{2}[A-Za-z0-9+*]{2,12}$/

/** The merchant's record of a unit's VAT id or US resale certificate, and whether each is verified. */
export const AdminTaxProfile = z
  .object({
    tax_id: z
      .string()
      .trim()
      .transform((v) => v.replace(/\s+/g, ""))
      .refine((v) => VAT_ID.test(v), "must be a VAT id: two letters of the country, then 2 to 12 letters or digits (ATU12345678)")
      .nullable()
      .optional(),
    tax_id_verified: z.boolean().optional(),
    exemption: z
      .object({
        certificate: z.string().trim().min(1).max(64),
        state: z.string().trim().regex(US_STATE, "must be a two-letter US state code (CA)"),
        expires_at: z.string().date("must be a date (YYYY-MM-DD)"),
      })
      .strict()
      .nullable()
      .optional(),
    exemption_verified: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "send at least one of tax_id, tax_id_verified, exemption, exemption_verified")

export const AdminListUnits = z.object({
  q: z.string().trim().min(1).optional(),
  status: z.enum(["active", "inactive"]).optional(),
  parent_id: z.string().trim().min(1).optional(),
  company_id: z.string().trim().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

const LIMIT_RULE = "must be a whole number from 1 to 100"
const OFFSET_RULE = "must be a whole number, 0 or more"

/** A page of a unit's orders; 100 at most so that one request stays quick. */
export const AdminListUnitOrders = z.object({
  limit: z.coerce.number({ error: LIMIT_RULE }).int(LIMIT_RULE).min(1, LIMIT_RULE).max(100, LIMIT_RULE).default(20),
  offset: z.coerce.number({ error: OFFSET_RULE }).int(OFFSET_RULE).min(0, OFFSET_RULE).default(0),
})

export const AdminAddAssociate = z.object({ customer_id: z.string().trim().min(1), roles: RoleAssignments }).strict()
export const AdminUpdateAssociate = z.object({ roles: RoleAssignments }).strict()
export const AdminInvite = z
  .object({ email: z.string().trim().toLowerCase().email("email must be an email address"), roles: RoleAssignments })
  .strict()
/** Resending or revoking an invite takes no body: anything sent is refused rather than ignored. */
export const AdminInviteAction = z.object({}).strict()
export const AdminSetCustomerGroup = z.object({ customer_group_id: z.string().trim().min(1) }).strict()
export const AdminSetPriceList = z.object({ price_list_id: z.string().trim().min(1) }).strict()

const Permissions = z.array(z.enum(PERMISSIONS)).min(1, "give the role at least one permission")

export const AdminCreateRole = z
  .object({
    handle: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9-]{1,40}$/, "handle is a lowercase slug such as purchasing-lead"),
    name: z.string().trim().min(1).max(100),
    description: z.string().trim().max(500).nullish(),
    permissions: Permissions,
  })
  .strict()

export const AdminUpdateRole = z
  .object({ name: z.string().trim().min(1).max(100).optional(), description: z.string().trim().max(500).nullish(), permissions: Permissions.optional() })
  .strict()

export type AdminCreateUnitType = z.infer<typeof AdminCreateUnit>
export type AdminTaxProfileType = z.infer<typeof AdminTaxProfile>
export type AdminUpdateUnitType = z.infer<typeof AdminUpdateUnit>
export type AdminAddAssociateType = z.infer<typeof AdminAddAssociate>
export type AdminUpdateAssociateType = z.infer<typeof AdminUpdateAssociate>
export type AdminInviteType = z.infer<typeof AdminInvite>
export type AdminSetCustomerGroupType = z.infer<typeof AdminSetCustomerGroup>
export type AdminSetPriceListType = z.infer<typeof AdminSetPriceList>
export type AdminCreateRoleType = z.infer<typeof AdminCreateRole>
export type AdminUpdateRoleType = z.infer<typeof AdminUpdateRole>
export type AdminListUnitOrdersType = z.infer<typeof AdminListUnitOrders>
