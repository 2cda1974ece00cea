import { execFileSync } from "node:child_process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

/** Text of a PDF as Mozilla's pdf.js reads it (see helpers/pdf-text.mjs). */
export function pdfText(pdf: Buffer): { pages: number; text: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pdf-")), "document.pdf")
  writeFileSync(file, pdf)
  return JSON.parse(execFileSync("node", [path.join(__dirname, "pdf-text.mjs"), file], { encoding: "utf8" }))
}
