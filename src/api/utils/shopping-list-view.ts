import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { isProductInKeyChannels, ProductReach } from "../../lib/business/store-isolation"
import { ShoppingListItemView, ShoppingListOwner, ShoppingListSummary, ShoppingListView } from "../../lib/shopping-lists/contract"
import { inListOrder } from "../../lib/shopping-lists/edits"

/**
 * Lists as a storefront shows them: each item with the caller's current price at the item's
 * quantity (the same pricing context as the catalog and the cart: region, key's channel,
 * customer groups, so a company's agreement price shows in the portal), availability in the
 * key's channel, and whether it is still sold there. An item no longer sold shows only what
 * was saved with it.
 */

export type ListViewer = {
  /** The key's sales channels (null: the merchant, who sees every item as saved). */
  sales_channel_ids: string[] | null
  customer_id: string | null
  region_id?: string
}

type ItemRow = { id: string; variant_id: string; quantity: number; note: string | null; position: number; product_title: string; variant_title: string | null; sku: string | null }
export type ListRow = {
  id: string
  name: string
  description: string | null
  customer_id: string
  business_unit_id: string | null
  created_at: Date | string
  updated_at: Date | string
  items?: ItemRow[]
  customer?: { first_name?: string | null; last_name?: string | null; email?: string | null } | null
}

type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean
  product?: (ProductReach & { title: string; handle: string | null; thumbnail: string | null }) | null
  calculated_price?: { calculated_amount?: number | null; currency_code?: string | null } | null
}

const LIST_FIELDS = ["id", "name", "description", "customer_id", "business_unit_id", "created_at", "updated_at", "customer.first_name", "customer.last_name", "customer.email"]

/** The lists with their owners (and items with `withItems`), newest change first. */
export async function loadLists(container: MedusaContainer, filters: Record<string, unknown>, withItems: boolean): Promise<ListRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = [...LIST_FIELDS, ...(withItems ? ["items.*"] : ["items.id"])]
  const { data } = await query.graph({ entity: "shopping_list", fields, filters, pagination: { order: { updated_at: "DESC" } } as any })
  return data as ListRow[]
}

async function regionCurrency(container: MedusaContainer, regionId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } }, { cache: { enable: true } } as any)
  const currency = (data[0] as { currency_code?: string } | undefined)?.currency_code
  if (!currency) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region ${regionId} was not found`)
  return currency
}

async function customerGroups(container: MedusaContainer, customerId: string | null): Promise<{ id: string }[]> {
  if (!customerId) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } })
  return ((data[0] as any)?.groups ?? []).map((g: { id: string }) => ({ id: g.id }))
}

/** Current facts per variant; prices read once per distinct item quantity (quantity breaks). */
async function variantFacts(container: MedusaContainer, items: ItemRow[], viewer: ListViewer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(items.map((i) => i.variant_id))]
  const facts = new Map<string, VariantRow>()
  const prices = new Map<string, { amount: number | null; currency: string | null }>()
  if (!ids.length) return { facts, prices, availability: {} as Record<string, { availability: number }> }
  const channelId = viewer.sales_channel_ids?.length === 1 ? viewer.sales_channel_ids[0] : undefined
  const [currency, groups] = viewer.region_id ? await Promise.all([regionCurrency(container, viewer.region_id), customerGroups(container, viewer.customer_id)]) : [null, []]
  const byQuantity = new Map<number, string[]>()
  for (const item of items) byQuantity.set(item.quantity, [...(byQuantity.get(item.quantity) ?? []), item.variant_id])
  const fields = ["id", "title", "sku", "manage_inventory", "product.id", "product.title", "product.handle", "product.thumbnail", "product.status", "product.sales_channels.id"]
  await Promise.all([
    query.graph({ entity: "product_variant", fields, filters: { id: ids } }).then(({ data }) => (data as VariantRow[]).forEach((v) => facts.set(v.id, v))),
    ...(currency
      ? [...byQuantity].map(async ([quantity, variantIds]) => {
          const { data } = await query.graph({
            entity: "product_variant",
            fields: ["id", "calculated_price.calculated_amount", "calculated_price.currency_code"],
            filters: { id: [...new Set(variantIds)] },
            context: {
              calculated_price: QueryContext({
                region_id: viewer.region_id,
                currency_code: currency,
                ...(channelId ? { sales_channel_id: channelId } : {}),
                ...(groups.length ? { customer: { groups } } : {}),
                quantity,
              }),
            },
          })
          for (const v of data as VariantRow[]) {
            const amount = v.calculated_price?.calculated_amount
            prices.set(`${v.id}|${quantity}`, { amount: amount == null ? null : Number(amount), currency })
          }
        })
      : []),
  ])
  const managed = [...facts.values()].filter((v) => v.manage_inventory).map((v) => v.id)
  const availability = managed.length && channelId ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: channelId }) : {}
  return { facts, prices, availability: availability as Record<string, { availability: number }> }
}

export async function itemViews(container: MedusaContainer, items: ItemRow[], viewer: ListViewer): Promise<ShoppingListItemView[]> {
  const { facts, prices, availability } = await variantFacts(container, items, viewer)
  return inListOrder(items).map((item) => {
    const variant = facts.get(item.variant_id)
    const product = variant?.product
    const sold = !!product && (viewer.sales_channel_ids === null ? product.status === "published" : isProductInKeyChannels(product, viewer.sales_channel_ids))
    const price = prices.get(`${item.variant_id}|${item.quantity}`)
    const saved = { sku: item.sku, product_title: item.product_title, variant_title: item.variant_title }
    return {
      id: item.id,
      variant_id: item.variant_id,
      quantity: item.quantity,
      note: item.note,
      position: item.position,
      sold,
      ...(sold ? { sku: variant!.sku, product_title: product!.title, variant_title: variant!.title } : saved),
      product_id: sold ? product!.id : null,
      product_handle: sold ? product!.handle : null,
      thumbnail: sold ? product!.thumbnail : null,
      unit_price: sold ? price?.amount ?? null : null,
      currency_code: sold ? price?.currency ?? null : null,
      // Availability is per sales channel: none for the merchant's view, which has no channel.
      available: sold && variant!.manage_inventory && variant!.id in availability ? Number(availability[variant!.id].availability ?? 0) : null,
    }
  })
}

function ownerOf(list: ListRow): ShoppingListOwner {
  const c = list.customer
  const name = [c?.first_name, c?.last_name].filter(Boolean).join(" ")
  return { customer_id: list.customer_id, name: name || null, email: c?.email ?? null }
}

const iso = (date: Date | string) => new Date(date).toISOString()

export function listSummary(list: ListRow, mayManage: boolean): ShoppingListSummary {
  return {
    id: list.id,
    name: list.name,
    description: list.description,
    business_unit_id: list.business_unit_id,
    owner: ownerOf(list),
    item_count: list.items?.length ?? 0,
    created_at: iso(list.created_at),
    updated_at: iso(list.updated_at),
    may_manage: mayManage,
  }
}

export async function listView(container: MedusaContainer, list: ListRow, viewer: ListViewer, mayManage: boolean): Promise<ShoppingListView> {
  return { ...listSummary(list, mayManage), items: await itemViews(container, list.items ?? [], viewer) }
}
