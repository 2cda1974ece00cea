import { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type ChannelRow = { id: string; metadata?: Record<string, unknown> | null }

/** The publishable key's sales channels with their metadata (cached by Medusa's Query when caching is on). */
export async function keyChannels(req: MedusaStoreRequest<any>): Promise<ChannelRow[]> {
  const ids = req.publishable_key_context?.sales_channel_ids ?? []
  if (!ids.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "sales_channel", fields: ["id", "metadata"], filters: { id: ids } },
    { cache: { enable: true } } as any
  )
  return data as ChannelRow[]
}
