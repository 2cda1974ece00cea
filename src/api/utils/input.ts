import { z } from "@medusajs/framework/zod"
import { isIsoCurrency, isMoneyAmount, isSaneDate, MAX_AMOUNT } from "../../lib/input/hygiene"

/**
 * The shared zod vocabulary of the custom routes: currencies that exist, bounded money and sane
 * dates (rules in src/lib/input/hygiene.ts). Control characters are refused for every route
 * before validation (src/api/utils/input-guard.ts).
 */
export const currencyCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isIsoCurrency, "must be an ISO 4217 currency code, for example eur")

export const money = z.number().refine(isMoneyAmount, `must be an amount from 0 to ${MAX_AMOUNT} with at most two decimals`)

export const positiveMoney = money.refine((n) => n > 0, "must be greater than 0")

export const saneDate = z.coerce.date().refine((d) => isSaneDate(d), "must be a date between 2000 and ten years from now")

/** An id of one kind of record (`cart_…`, `bu_…`): anything else is refused before any lookup. */
export const idOf = (prefix: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,64}$`), `must be an id starting with "${prefix}_"`)
