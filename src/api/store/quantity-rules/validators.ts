import { z } from "@medusajs/framework/zod"

const ids = z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(",")), z.array(z.string().trim().min(1)).max(200).optional())

export const StoreListQuantityRules = z
  .object({ product_id: ids, variant_id: ids })
  .refine((q) => q.product_id?.length || q.variant_id?.length, "give product_id or variant_id (one or more, comma-separated)")
