/**
 * Splitting a cart into deliveries: every unit of every cart line goes to exactly one delivery.
 * Pure: the route reads the cart and the unit's addresses, and asks this.
 */

export type CartLine = { id: string; variant_id: string | null; quantity: number; unit_price: number }
export type RequestedDelivery = { address_id: string; requested_date: string; lines?: { line_item_id: string; quantity: number }[] }
export type AllocatedLine = { line_item_id: string; variant_id: string | null; quantity: number; unit_price: number }

export type Allocation = { ok: true; deliveries: AllocatedLine[][] } | { ok: false; message: string }

/**
 * The lines of each delivery. One delivery without lines takes the whole cart; otherwise each
 * delivery names its lines, and per cart line the quantities must add up to the line's quantity
 * exactly (nothing left over, nothing twice). Lines with quantity 0 are dropped; a delivery
 * left with no line is refused.
 */
export function allocateDeliveryLines(cartLines: CartLine[], requested: RequestedDelivery[]): Allocation {
  if (!cartLines.length) return { ok: false, message: "The cart is empty: add products before planning deliveries" }
  const whole = (l: CartLine): AllocatedLine => ({ line_item_id: l.id, variant_id: l.variant_id, quantity: l.quantity, unit_price: l.unit_price })
  if (requested.length === 1 && !requested[0].lines) return { ok: true, deliveries: [cartLines.map(whole)] }
  const byId = new Map(cartLines.map((l) => [l.id, l]))
  const assigned = new Map<string, number>()
  const deliveries: AllocatedLine[][] = []
  for (const [i, delivery] of requested.entries()) {
    if (!delivery.lines) return { ok: false, message: `Delivery ${i + 1} names no lines: with several deliveries each one lists its lines and quantities` }
    const lines: AllocatedLine[] = []
    for (const { line_item_id, quantity } of delivery.lines) {
      const line = byId.get(line_item_id)
      if (!line) return { ok: false, message: `Delivery ${i + 1}: line ${line_item_id} is not in this cart` }
      if (lines.some((l) => l.line_item_id === line_item_id)) return { ok: false, message: `Delivery ${i + 1} names line ${line_item_id} twice` }
      assigned.set(line_item_id, (assigned.get(line_item_id) ?? 0) + quantity)
      if (quantity > 0) lines.push({ ...whole(line), quantity })
    }
    if (!lines.length) return { ok: false, message: `Delivery ${i + 1} has nothing to deliver` }
    deliveries.push(lines)
  }
  const off = cartLines.filter((l) => (assigned.get(l.id) ?? 0) !== l.quantity)
  if (off.length) {
    const detail = off.map((l) => `line ${l.id}: ${assigned.get(l.id) ?? 0} of ${l.quantity} assigned`).join("; ")
    return { ok: false, message: `The deliveries must add up to the cart exactly (${detail})` }
  }
  return { ok: true, deliveries }
}

/** Whether the planned deliveries still add up to the cart's lines: same lines, quantities and unit prices. */
export function planMatchesCart(cartLines: CartLine[], planned: AllocatedLine[][]): boolean {
  const assigned = new Map<string, { quantity: number; prices: Set<number> }>()
  for (const line of planned.flat()) {
    const entry = assigned.get(line.line_item_id) ?? { quantity: 0, prices: new Set<number>() }
    entry.quantity += line.quantity
    entry.prices.add(line.unit_price)
    assigned.set(line.line_item_id, entry)
  }
  if (assigned.size !== cartLines.length) return false
  return cartLines.every((l) => {
    const entry = assigned.get(l.id)
    return !!entry && entry.quantity === l.quantity && entry.prices.size === 1 && entry.prices.has(l.unit_price)
  })
}
