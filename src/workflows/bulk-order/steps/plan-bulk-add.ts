import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BulkLineInput, BulkMode } from "../../../lib/bulk-order/contract"
import { BulkFacts, BulkPlan, BulkVariant, normalizeSku, planBulkAdd } from "../../../lib/bulk-order/plan"
import { QUANTITY_RULES_MODULE } from "../../../modules/quantity-rules"
import QuantityRulesModuleService from "../../../modules/quantity-rules/service"

export type PlanBulkAddInput = { cart_id: string; lines: BulkLineInput[]; mode: BulkMode }

type VariantRow = {
  id: string
  sku: string | null
  title: string | null
  manage_inventory: boolean
  product?: { title?: string | null; status?: string | null; sales_channels?: ({ id: string } | null)[] | null } | null
}

/**
 * The variants the rows name, in two reads whatever the catalog's size: the SKUs as typed
 * (upper-cased, spaces removed) through the SKU index, then, for the few that did not match,
 * one case- and space-insensitive comparison.
 */
async function variantIdsOf(container: MedusaContainer, lines: BulkLineInput[]): Promise<{ bySku: Map<string, string>; ids: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = [...new Set(lines.map((l) => (typeof l.sku === "string" ? normalizeSku(l.sku) : "")).filter(Boolean))]
  const bySku = new Map<string, string>()
  if (wanted.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: wanted } })
    for (const v of data as { id: string; sku: string }[]) bySku.set(normalizeSku(v.sku), v.id)
    const missing = wanted.filter((sku) => !bySku.has(sku))
    if (missing.length) {
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: { id: string; sku: string }[] = await knex("product_variant")
        .select("id", "sku")
        .whereNull("deleted_at")
        .whereRaw("upper(regexp_replace(sku, '\\s', '', 'g')) = any(?)", [missing])
      for (const v of rows) bySku.set(normalizeSku(v.sku), v.id)
    }
  }
  const byId = lines.map((l) => (typeof l.variant_id === "string" ? l.variant_id.trim() : "")).filter(Boolean)
  return { bySku, ids: [...new Set([...bySku.values(), ...byId])] }
}

/** Everything the plan needs about the cart and the named variants, read once. */
export async function loadBulkFacts(container: MedusaContainer, cartId: string, lines: BulkLineInput[]): Promise<BulkFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "completed_at", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  const cart = carts[0] as { sales_channel_id: string | null; completed_at: Date | null; items?: { variant_id: string | null; quantity: number }[] } | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cartId} is already completed`)
  const channelId = cart.sales_channel_id

  const { bySku: skuToId, ids } = await variantIdsOf(container, lines)
  const rulesService: QuantityRulesModuleService = container.resolve(QUANTITY_RULES_MODULE)
  const [{ data: rows }, rules] = await Promise.all([
    ids.length
      ? query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "manage_inventory", "product.title", "product.status", "product.sales_channels.id"], filters: { id: ids } })
      : Promise.resolve({ data: [] as VariantRow[] }),
    ids.length && channelId ? rulesService.listVariantQuantityRules({ sales_channel_id: channelId, variant_id: ids }) : Promise.resolve([]),
  ])
  const variants = rows as VariantRow[]
  const managed = variants.filter((v) => v.manage_inventory).map((v) => v.id)
  const availability = managed.length && channelId ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: channelId }) : {}

  const byId = new Map<string, BulkVariant>(
    variants.map((v) => [
      v.id,
      {
        id: v.id,
        sku: v.sku,
        title: v.title,
        product_title: v.product?.title ?? null,
        sellable: v.product?.status === "published" && (v.product?.sales_channels ?? []).some((c) => c?.id === channelId),
        available: v.manage_inventory ? Number(availability[v.id]?.availability ?? 0) : null,
      },
    ])
  )
  const held = new Map<string, number>()
  for (const item of cart.items ?? []) if (item.variant_id) held.set(item.variant_id, (held.get(item.variant_id) ?? 0) + Number(item.quantity))
  return {
    bySku: new Map([...skuToId].filter(([, id]) => byId.has(id)).map(([sku, id]) => [sku, byId.get(id)!])),
    byId,
    held,
    rules: new Map(rules.map((r) => [r.variant_id, r])),
  }
}

/** Reads the facts and decides row by row what the bulk add will add (nothing is written). */
export const planBulkAddStep = createStep("plan-bulk-add", async (input: PlanBulkAddInput, { container }) => {
  const facts = await loadBulkFacts(container, input.cart_id, input.lines)
  return new StepResponse<BulkPlan>(planBulkAdd(input.lines, facts, input.mode))
})
