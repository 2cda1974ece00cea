/** Who hears of a quote event: buyer moves go to the merchant, merchant and system moves to the buyer. */
const TO_MERCHANT: Record<string, string> = {
  "quote.requested": "A quote was requested",
  "quote.accepted": "A quote was accepted",
  "quote.declined": "A quote was declined",
  "quote.renegotiating": "A buyer asks to renegotiate a quote",
}
const TO_BUYER: Record<string, string> = {
  "quote.sent": "Your quote is ready",
  "quote.withdrawn": "Your quote was withdrawn",
  "quote.expired": "Your quote has expired",
}

export const QUOTE_EVENTS = [...Object.keys(TO_MERCHANT), ...Object.keys(TO_BUYER)]

export function quoteNotification(event: string, quote: { id: string; email: string; po_number?: string | null }, merchantEmail: string) {
  const toMerchant = TO_MERCHANT[event]
  const subject = toMerchant ?? TO_BUYER[event]
  if (!subject) return null
  const reference = quote.po_number ? `${quote.id} (PO ${quote.po_number})` : quote.id
  return {
    to: toMerchant ? merchantEmail : quote.email,
    channel: "email",
    template: event.replace(".", "-"),
    data: { subject: `${subject}: ${reference}`, quote_id: quote.id, text: `${subject}: ${reference}` },
  }
}
