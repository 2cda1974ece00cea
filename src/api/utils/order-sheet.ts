import { MedusaResponse } from "@medusajs/framework/http"

/** Answers a CSV as a download (a byte-order mark first, so Excel reads it as UTF-8). */
export function sendOrderSheet(res: MedusaResponse, filename: string, csv: string) {
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`)
  res.send(`\uFEFF${csv}`)
}
