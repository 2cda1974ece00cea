/**
 * Which sales channel is the consumer one and which the wholesale one is data, kept in the
 * sales channel's metadata, so that no code depends on a generated id.
 */
export const CHANNEL_KIND_KEY = "channel_kind"

export type ChannelKind = "b2c" | "b2b"

type WithMetadata = { metadata?: Record<string, unknown> | null }

export function channelKindOf(channel: WithMetadata | null | undefined): ChannelKind | null {
  const kind = channel?.metadata?.[CHANNEL_KIND_KEY]
  return kind === "b2c" || kind === "b2b" ? kind : null
}

export function isWholesaleChannel(channel: WithMetadata | null | undefined): boolean {
  return channelKindOf(channel) === "b2b"
}

export type VariantChannels = {
  id: string
  product?: { title?: string | null; sales_channels?: ({ id: string } | null)[] | null } | null
}

/** The variants whose product is not sold in the given sales channel. */
export function variantsOutsideChannel(
  variants: VariantChannels[],
  salesChannelId: string
): VariantChannels[] {
  return variants.filter(
    (variant) => !(variant.product?.sales_channels ?? []).some((sc) => sc?.id === salesChannelId)
  )
}
