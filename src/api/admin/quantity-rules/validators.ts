import { z } from "@medusajs/framework/zod"
import { currencyCode, money } from "../../utils/input"

const count = z.number().int().positive().nullish()

export const AdminUpsertQuantityRule = z
  .object({
    variant_id: z.string().trim().min(1),
    sales_channel_id: z.string().trim().min(1),
    min_quantity: count,
    max_quantity: count,
    increment: count,
  })
  .strict()

export const AdminListQuantityRules = z.object({
  sales_channel_id: z.string().trim().min(1).optional(),
  variant_id: z.string().trim().min(1).optional(),
})

export const AdminSetPriceBookPrices = z
  .object({
    prices: z
      .array(
        z
          .object({
            variant_id: z.string().trim().min(1),
            currency_code: currencyCode,
            amount: money,
            min_quantity: z.number().int().positive().nullish(),
            max_quantity: z.number().int().positive().nullish(),
          })
          .strict()
          .refine((p) => p.min_quantity == null || p.max_quantity == null || p.max_quantity >= p.min_quantity, "max_quantity must not be below min_quantity")
      )
      .min(1, "give at least one price")
      .max(1000),
  })
  .strict()

export const AdminPricingSettings = z.object({ guest_prices: z.enum(["show", "hide"]) }).strict()

export type AdminUpsertQuantityRuleType = z.infer<typeof AdminUpsertQuantityRule>
export type AdminSetPriceBookPricesType = z.infer<typeof AdminSetPriceBookPrices>
export type AdminPricingSettingsType = z.infer<typeof AdminPricingSettings>
