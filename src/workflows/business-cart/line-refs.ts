import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BUSINESS_MODULE } from "../../modules/business"

export type LinkDefinition = Record<string, Record<string, string>>

type ItemRef = { variant_id?: string | null } | null | undefined
export const variantIdsOf = (items: ItemRef[] | null | undefined) => (items ?? []).map((i) => i?.variant_id)

/** The cart's lines as they are now (for rules that look at the quantity after a change). */
export async function currentLines(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["items.id", "items.variant_id", "items.quantity"], filters: { id: cartId } })
  return ((data[0]?.items ?? []) as any[]).map((i) => ({ id: i.id as string, variant_id: i.variant_id as string | null, quantity: Number(i.quantity) }))
}

/** The two links that attribute a cart or an order to a business unit and an associate. */
export function businessCartLinks(record: LinkDefinition[string], unitId: string, associateId: string | null): LinkDefinition[] {
  const recordModule = "cart_id" in record ? Modules.CART : Modules.ORDER
  const links: LinkDefinition[] = [{ [recordModule]: record, [BUSINESS_MODULE]: { business_unit_id: unitId } }]
  if (associateId) links.push({ [recordModule]: record, [BUSINESS_MODULE]: { business_associate_id: associateId } })
  return links
}
