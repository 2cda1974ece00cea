import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_BULK_LINES } from "../../../../../../../lib/bulk-order/contract"
import { parseOrderSheet } from "../../../../../../../lib/bulk-order/sheet"
import { isXlsx, readXlsxOrderSheet } from "../../../../../../../lib/bulk-order/xlsx"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { respondWithBulkAdd } from "../../../../../../utils/bulk-add"
import { StoreImportSheet } from "../../../validators"

type UploadRequest = BusinessRequest & { file?: { buffer: Buffer; originalname: string } }

/** An uploaded order sheet (CSV, semicolon or tab separated text, or XLSX) added like a quick order. */
export async function POST(req: UploadRequest, res: MedusaResponse) {
  if (!req.file) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Upload the order sheet as the multipart field "file" (CSV or XLSX)')
  const fields = StoreImportSheet.safeParse(req.body ?? {})
  if (!fields.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid form fields: ${fields.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`)
  let lines
  try {
    lines = isXlsx(req.file.buffer) ? await readXlsxOrderSheet(req.file.buffer) : parseOrderSheet(req.file.buffer.toString("utf8"))
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${req.file.originalname} could not be read as a CSV or XLSX order sheet`)
  }
  if (!lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${req.file.originalname} has no order lines (expected rows of sku,quantity)`)
  if (lines.length > MAX_BULK_LINES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${req.file.originalname} has ${lines.length} lines: at most ${MAX_BULK_LINES} per upload`)
  }
  await respondWithBulkAdd(req, res, { cart_id: req.params.id, lines, mode: fields.data.mode })
}
