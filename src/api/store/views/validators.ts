import { z } from "@medusajs/framework/zod"

const regionId = z.string().trim().min(1, "region_id is required").max(100)
const ids = z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : String(v).split(",")), z.array(z.string().trim().min(1).max(100)).max(20).optional())

export const StoreCatalogView = z
  .object({
    region_id: regionId,
    q: z.string().trim().max(200).optional(),
    category_id: ids,
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()

export const StoreProductView = z.object({ region_id: regionId }).strict()
export const ProductHandle = z.object({ handle: z.string().trim().min(1).max(200, "handle: at most 200 characters") })

export const StoreCartView = z.object({}).strict()
