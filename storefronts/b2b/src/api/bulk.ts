import type { BulkAddResult, BulkLineInput, BulkMode } from "../../../../src/lib/bulk-order/contract"
import { sdk } from "../sdk"
import { UnitHeaders } from "./client"

export type { BulkAddResult, BulkRowReport } from "../../../../src/lib/bulk-order/contract"

type BulkAnswer = { bulk: BulkAddResult }

/** Quick order: typed or pasted lines into the cart in one request. */
export const bulkAddLines = async (cartId: string, lines: BulkLineInput[], headers: UnitHeaders, mode: BulkMode = "valid_only") =>
  (await sdk.client.fetch<BulkAnswer>(`/store/business/carts/${cartId}/line-items/bulk`, { method: "POST", body: { lines, mode }, headers })).bulk

/** An order sheet (CSV or XLSX) uploaded as is: the backend reads it. */
export async function importOrderSheet(cartId: string, file: File, headers: UnitHeaders, mode: BulkMode = "valid_only") {
  const form = new FormData()
  form.append("file", file, file.name)
  form.append("mode", mode)
  // No content-type of ours: the browser sets multipart/form-data with its boundary.
  const upload = { method: "POST", body: form, headers: { ...headers, "content-type": null } as unknown as UnitHeaders }
  return (await sdk.client.fetch<BulkAnswer>(`/store/business/carts/${cartId}/line-items/import`, upload)).bulk
}

/** A past order of the unit into the cart. */
export const reorderInto = async (orderId: string, cartId: string, headers: UnitHeaders) =>
  (await sdk.client.fetch<BulkAnswer>(`/store/business/orders/${orderId}/reorder`, { method: "POST", body: { cart_id: cartId }, headers })).bulk

/** Downloads an order sheet (a cart, an order, or the template) under `filename`. */
export async function downloadOrderSheet(path: string, filename: string, headers: UnitHeaders) {
  const response = await sdk.client.fetch<Response>(`/store/business${path}`, { headers: { ...headers, accept: "text/csv" } })
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
