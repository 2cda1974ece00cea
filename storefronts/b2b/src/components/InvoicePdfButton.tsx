import { useState } from "react"
import { errorMessage } from "@storefronts/shared"
import { fetchInvoicePdf } from "../api/invoices"
import { useUnitSession } from "../session/session-context"

/** Downloads an invoice's PDF from its store route (the invoice list and an order's page). */
export function InvoicePdfButton({ path, number }: { path: string; number: string }) {
  const { unitHeaders } = useUnitSession()
  const [downloading, setDownloading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function download() {
    setDownloading(true)
    setError(null)
    try {
      const blob = await fetchInvoicePdf(path, unitHeaders())
      // The PDF needs the auth header, so it is fetched and handed to the browser as a file.
      const url = URL.createObjectURL(blob)
      const link = document.createElement("a")
      link.href = url
      link.download = `${number}.pdf`
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setDownloading(false)
    }
  }

  return (
    <>
      <button className="secondary small" data-testid="invoice-pdf" disabled={downloading} onClick={() => void download()}>
        {downloading ? "…" : "PDF"}
      </button>
      {error && <div className="error-text small-print" role="alert">{error}</div>}
    </>
  )
}
