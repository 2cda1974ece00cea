import { useState } from "react"
import { errorMessage } from "@storefronts/shared"
import type { BulkAddResult } from "../api/bulk"
import { useCart } from "./cart-context"

/**
 * Runs one bulk request (quick order, upload, reorder) into the unit's cart, created when there
 * is none, then refreshes the cart. Keeps the report, the error, and what is in progress.
 */
export function useBulkIntoCart() {
  const { ensureCart, refreshCart } = useCart()
  const [report, setReport] = useState<BulkAddResult | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function run(label: string, send: (cartId: string) => Promise<BulkAddResult>): Promise<BulkAddResult | null> {
    setProgress(label)
    setError(null)
    try {
      const result = await send((await ensureCart()).id)
      setReport(result)
      await refreshCart()
      return result
    } catch (err) {
      setError(errorMessage(err))
      return null
    } finally {
      setProgress(null)
    }
  }

  return { report, progress, busy: progress !== null, error, setError, run }
}
