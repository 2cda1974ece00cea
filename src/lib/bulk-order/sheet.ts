import { BulkLineInput } from "./contract"

/**
 * Order sheets: what buyers paste or upload (SKU and quantity per row, from a spreadsheet) and
 * what they download (a cart or an order as CSV, a blank template) to edit and upload again.
 */

const SKU_HEADER = /^(sku|article|item|artikel|art\.?-?nr\.?|product code)$/i
const QUANTITY_HEADER = /^(qty|quantity|menge|anzahl|amount|count)$/i
const VARIANT_HEADER = /^variant[_ ]?id$/i

/** Splits one line on `delimiter`, honouring double quotes ("" inside quotes is one quote). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"' && cell.trim() === "") {
      quoted = true
      cell = ""
    } else if (char === delimiter) {
      cells.push(cell.trim())
      cell = ""
    } else cell += char
  }
  cells.push(cell.trim())
  return cells
}

/** Tab when the first line has one (a spreadsheet copy), else semicolon (European Excel), else comma. */
function delimiterOf(firstLine: string): string {
  if (firstLine.includes("\t")) return "\t"
  if (firstLine.includes(";")) return ";"
  return ","
}

/**
 * Order lines from rows of cells (a parsed CSV or a worksheet). A first row naming its columns
 * (sku, quantity, variant_id; other columns are ignored) is a header; without one the first
 * column is the SKU and the second the quantity. Empty rows are skipped.
 */
export function linesFromCells(cells: string[][]): BulkLineInput[] {
  const rows = cells.map((row) => row.map((cell) => (cell ?? "").trim())).filter((row) => row.some((cell) => cell !== ""))
  if (!rows.length) return []
  const header = rows[0]
  const hasHeader = header.some((cell) => SKU_HEADER.test(cell) || QUANTITY_HEADER.test(cell) || VARIANT_HEADER.test(cell))
  const skuAt = hasHeader ? header.findIndex((cell) => SKU_HEADER.test(cell)) : 0
  const quantityAt = hasHeader ? header.findIndex((cell) => QUANTITY_HEADER.test(cell)) : 1
  const variantAt = hasHeader ? header.findIndex((cell) => VARIANT_HEADER.test(cell)) : -1
  return (hasHeader ? rows.slice(1) : rows).map((row) => ({
    sku: skuAt >= 0 ? row[skuAt] || null : null,
    variant_id: variantAt >= 0 ? row[variantAt] || null : null,
    quantity: quantityAt >= 0 ? row[quantityAt] ?? "" : "",
  }))
}

/** Order lines from pasted or uploaded text: comma, semicolon or tab separated, with or without a header. */
export function parseOrderSheet(text: string): BulkLineInput[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)
  const first = lines.find((line) => line.trim() !== "") ?? ""
  const delimiter = delimiterOf(first)
  return linesFromCells(lines.map((line) => splitLine(line, delimiter)))
}

export type SheetLine = { sku: string | null; quantity: number; product_title?: string | null; variant_title?: string | null; unit_price?: number | null }

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value)
  return /[",;\n\r\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A name a spreadsheet would run as a formula (=, +, -, @ first) is kept as text. */
const textCell = (value: string | null | undefined) => csvCell(value && /^[=+\-@]/.test(value) ? `'${value}` : value)

/**
 * A cart's or an order's lines as a CSV that uploads again unchanged (sku and quantity first;
 * the other columns are for reading).
 */
export function orderSheetCsv(lines: SheetLine[]): string {
  const header = ["sku", "quantity", "product", "variant", "unit_price"]
  const body = lines.map((l) => [csvCell(l.sku), csvCell(l.quantity), textCell(l.product_title), textCell(l.variant_title), csvCell(l.unit_price)].join(","))
  return [header.join(","), ...body].join("\r\n") + "\r\n"
}

/** The blank sheet buyers start from. */
export const ORDER_SHEET_TEMPLATE = "sku,quantity\r\nCOF-ESP-1000,2\r\n"
