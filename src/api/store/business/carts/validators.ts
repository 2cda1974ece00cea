import { z } from "@medusajs/framework/zod"
import { BULK_MODES, MAX_BULK_LINES } from "../../../../lib/bulk-order/contract"
import { idOf } from "../../../utils/input"
import { isIsoDate } from "../../../../lib/delivery/calendar"
import { MAX_DELIVERIES } from "../../../../lib/delivery/contract"

const BulkLine = z
  .object({
    sku: z.string().max(100, "sku must be at most 100 characters").nullish(),
    variant_id: z.string().max(100, "variant_id must be at most 100 characters").nullish(),
    // Kept as given (a number or text) so a bad quantity is reported on its row, not refused for the whole file.
    quantity: z.union([z.number(), z.string().max(20, "quantity must be at most 20 characters")]).nullish(),
  })
  .strict()

export const StoreBulkAdd = z
  .object({
    lines: z.array(BulkLine).min(1, "give at least one line").max(MAX_BULK_LINES, `at most ${MAX_BULK_LINES} lines per request`),
    mode: z.enum(BULK_MODES).default("valid_only"),
  })
  .strict()
export type StoreBulkAddType = z.infer<typeof StoreBulkAdd>

/** The form fields that come with an uploaded order sheet. */
export const StoreImportSheet = z.object({ mode: z.enum(BULK_MODES).default("valid_only") }).strict()

/** Reorder: the lines of a past order go into this cart. */
export const StoreReorder = z.object({ cart_id: idOf("cart") }).strict()
export type StoreReorderType = z.infer<typeof StoreReorder>

const isoDate = z.string().refine(isIsoDate, { message: 'Expected a date "YYYY-MM-DD"' })

export const StoreDeliveryPlan = z
  .object({
    deliveries: z
      .array(
        z
          .object({
            address_id: idOf("buaddr"),
            requested_date: isoDate,
            lines: z.array(z.object({ line_item_id: idOf("cali"), quantity: z.number().int().min(0).max(1_000_000) }).strict()).max(500).optional(),
          })
          .strict()
      )
      .min(1, "give at least one delivery")
      .max(MAX_DELIVERIES, `at most ${MAX_DELIVERIES} deliveries per checkout`),
  })
  .strict()
export type StoreDeliveryPlanType = z.infer<typeof StoreDeliveryPlan>

export const StoreDeliveryDates = z.object({
  address_id: idOf("buaddr"),
  count: z.coerce.number().int().min(1).max(60).default(10),
})
