import { sdk } from "../sdk"

/** Order fields a buyer needs on screen, with the payment that tells net terms from paying now. */
const ORDER_FIELDS = "*items,*shipping_address,*shipping_methods,+metadata,*payment_collections,*payment_collections.payments"

export async function retrieveOrder(id: string) {
  const { order } = await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS })
  return order
}
