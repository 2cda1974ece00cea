import { z } from "@medusajs/framework/zod"
import { BULK_MODES, MAX_BULK_LINES } from "../../../../lib/bulk-order/contract"
import { idOf } from "../../../utils/input"

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
