import { respondToQuote } from "../../respond"

export const POST = respondToQuote("decline")
