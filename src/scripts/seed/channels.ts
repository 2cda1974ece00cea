import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { CHANNEL_KIND_KEY, ChannelKind } from "../../lib/channels"

export type SeededChannel = { id: string; name: string; publishableKey: string }
export type SeededChannels = { retail: SeededChannel; wholesale: SeededChannel }

const CHANNELS: { role: keyof SeededChannels; name: string; kind: ChannelKind; description: string }[] = [
  { role: "retail", name: "Retail", kind: "b2c", description: "Consumer shop (B2C)" },
  { role: "wholesale", name: "Wholesale", kind: "b2b", description: "Business portal (B2B)" },
]

/** The two sales channels, each with its own publishable key; found again on a re-run. */
export async function seedChannels(container: MedusaContainer): Promise<SeededChannels> {
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const seeded = {} as SeededChannels

  for (const spec of CHANNELS) {
    let [channel] = await salesChannelService.listSalesChannels({ name: spec.name })
    if (!channel) {
      // The workflow's input type omits metadata, which the module stores all the same.
      const data = { name: spec.name, description: spec.description, metadata: { [CHANNEL_KIND_KEY]: spec.kind } }
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [data] },
      })
      channel = result[0]
    }

    const title = `${spec.name} storefront`
    let [key] = await apiKeyService.listApiKeys({ title, type: "publishable" })
    if (!key) {
      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title, type: "publishable", created_by: "" }] },
      })
      key = result[0]
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [channel.id] },
      })
    }
    seeded[spec.role] = { id: channel.id, name: channel.name, publishableKey: key.token }
  }
  return seeded
}
