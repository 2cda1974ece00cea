import PDFDocument from "pdfkit"

/** An A4 document (pdfkit, built-in Helvetica: no font files to ship) and its bytes once `doc.end()` is called. */
export function startPdf(title: string, author: string) {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: title, Author: author } })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  return { doc, done }
}

export type PrintableAddress = Record<string, string | null | undefined> | null

/** An address as printed lines: company, name, street, postal code and city, country. */
export const addressLines = (a: PrintableAddress) =>
  a ? ([a.company, [a.first_name, a.last_name].filter(Boolean).join(" "), a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.country_code?.toUpperCase()].filter(Boolean) as string[]) : []
