import ExcelJS from "exceljs"
import { BulkLineInput } from "./contract"
import { linesFromCells } from "./sheet"

/** Whether an upload is an XLSX workbook (a zip archive) rather than text. */
export const isXlsx = (file: Buffer) => file.length > 4 && file[0] === 0x50 && file[1] === 0x4b && file[2] === 0x03 && file[3] === 0x04

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ""
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue) // a formula: its last computed value
    if ("richText" in value) return value.richText.map((part) => part.text).join("")
    if ("text" in value) return String(value.text)
    if (value instanceof Date) return value.toISOString()
    return ""
  }
  return String(value)
}

/** Order lines from the first worksheet of an XLSX workbook, read like a CSV (linesFromCells). */
export async function readXlsxOrderSheet(file: Buffer): Promise<BulkLineInput[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(file as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const cells: string[][] = []
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[] // 1-based: values[0] is empty
    cells.push(values.slice(1).map(cellText))
  })
  return linesFromCells(cells)
}
