/** One typed or uploaded quick-order row, kept as text so bad input can be reported as given. */
export type OrderLineInput = { sku: string; quantity: string }

const isNumber = (value: string) => value.trim() !== "" && !Number.isNaN(Number(value))

/**
 * Reads `SKU,quantity` lines as spreadsheets export them: comma, semicolon (European Excel) or
 * tab separated, quotes around cells, blank lines, and a header line (recognised by a first
 * line whose quantity is not a number).
 */
export function parseOrderCsv(text: string): OrderLineInput[] {
  const rows = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^[;,\t\s]*$/.test(line))
    .map((line) => {
      const [sku = "", quantity = ""] = line.split(/[;,\t]/).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim())
      return { sku, quantity }
    })
  if (rows.length && !isNumber(rows[0].quantity)) rows.shift()
  return rows
}

/** A positive whole number, or null: quick order refuses anything else before asking the cart. */
export function parseQuantity(value: string): number | null {
  const trimmed = value.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const quantity = Number(trimmed)
  return quantity > 0 ? quantity : null
}
