import { z } from "@medusajs/framework/zod"
import { idOf } from "../../../utils/input"

export const StoreRequestQuote = z
  .object({
    cart_id: idOf("cart"),
    comment: z.string().trim().max(2000).nullish(),
    po_number: z.string().trim().max(64).nullish(),
  })
  .strict()

export const StoreQuoteComment = z.object({ comment: z.string().trim().max(2000).nullish() }).strict()
export const StoreRenegotiate = z.object({ comment: z.string().trim().min(1, "say what should change").max(2000) }).strict()
export const QuoteMessageBody = z.object({ body: z.string().trim().min(1, "the message is empty").max(4000) }).strict()

export type StoreRequestQuoteType = z.infer<typeof StoreRequestQuote>
export type StoreQuoteCommentType = z.infer<typeof StoreQuoteComment>
export type QuoteMessageBodyType = z.infer<typeof QuoteMessageBody>
