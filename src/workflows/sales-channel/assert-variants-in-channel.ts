import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { variantsOutsideChannel } from "../../lib/channels"

/**
 * Refuses variants whose product is not sold in the cart's sales channel. Medusa itself only
 * checks the channel indirectly, through stock locations, so with one shared warehouse a
 * Retail cart would otherwise accept a Wholesale-only pallet.
 */
export async function assertVariantsInChannel(
  container: MedusaContainer,
  salesChannelId: string | null | undefined,
  variantIds: (string | null | undefined)[]
) {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!salesChannelId || !ids.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: channels }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "product.title", "product.sales_channels.id"],
      filters: { id: ids },
    }),
    query.graph({ entity: "sales_channel", fields: ["name"], filters: { id: salesChannelId } }),
  ])
  const outside = variantsOutsideChannel(variants, salesChannelId)
  if (outside.length) {
    const names = outside.map((v) => `"${v.product?.title ?? v.id}"`).join(", ")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${names} ${outside.length > 1 ? "are" : "is"} not sold in the ${channels[0]?.name ?? salesChannelId} sales channel`
    )
  }
}
