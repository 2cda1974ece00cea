import { merchantQuoteMove } from "../../move"

export const POST = merchantQuoteMove("withdraw")
