import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isProductInKeyChannels, ProductReach } from "../../../lib/business/store-isolation"
import { ListItemInput } from "../../../lib/shopping-lists/edits"

/** `product_title`: what the source (an order line, a copied list) showed, for the report of skipped items. */
export type WantedListItem = { variant_id: string; quantity: number; note?: string | null; product_title?: string | null }

export type SnapshotListItemsInput = {
  items: WantedListItem[]
  /** The storefront's sales channels: only variants sold there enter a list. */
  sales_channel_ids: string[]
  /** "refuse": one unsold variant refuses the change (adding by hand); "skip": it is left out and reported (a list made from an old order or copied). */
  unsold: "refuse" | "skip"
}

export type SnapshotListItemsOutput = { items: ListItemInput[]; skipped: { variant_id: string; product_title: string | null }[] }

type VariantRow = { id: string; sku: string | null; title: string | null; product?: (ProductReach & { title: string }) | null }

/**
 * The variants a change puts on a list, with the titles and SKU the storefront shows now.
 * A variant the storefront does not sell never enters a list: a Wholesale-only product cannot
 * reach a Retail wish list, whatever id the client sends. Unknown and unsold variants get the
 * same answer, so the refusal does not tell another channel's products from missing ones.
 */
export const snapshotListItemsStep = createStep("snapshot-list-items", async (input: SnapshotListItemsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(input.items.map((i) => i.variant_id))]
  const { data } = ids.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.id", "product.title", "product.status", "product.sales_channels.id"], filters: { id: ids } })
    : { data: [] }
  const sold = new Map((data as VariantRow[]).filter((v) => v.product && isProductInKeyChannels(v.product, input.sales_channel_ids)).map((v) => [v.id, v]))
  const unsold = input.items.filter((i) => !sold.has(i.variant_id))
  if (unsold.length && input.unsold === "refuse") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Not sold through this storefront: ${[...new Set(unsold.map((i) => i.variant_id))].join(", ")}. Only products of this storefront can be saved to its lists`,
      "not_in_channel"
    )
  }
  return new StepResponse<SnapshotListItemsOutput>({
    items: input.items
      .filter((i) => sold.has(i.variant_id))
      .map((i) => {
        const v = sold.get(i.variant_id)!
        return { variant_id: v.id, quantity: i.quantity, note: i.note, product_title: v.product!.title, variant_title: v.title, sku: v.sku }
      }),
    // The source's own title, never another channel's current data.
    skipped: unsold.map((i) => ({ variant_id: i.variant_id, product_title: i.product_title ?? null })),
  })
})
