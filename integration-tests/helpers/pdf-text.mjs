// Prints {pages, text} of the PDF file given as argument, parsed by Mozilla's pdf.js. Run as a
// child process because pdf.js ships as ES modules, which Jest's CommonJS runtime does not load.
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"

const require = createRequire(import.meta.url)
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
const standardFontDataUrl = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts") + path.sep
const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), standardFontDataUrl, verbosity: 0 }).promise
let text = ""
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent()
  text += content.items.map((item) => item.str).join(" ") + "\n"
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text }))
