import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadInvoicePdf } from "../../hooks/use-invoices"
import { errorMessage } from "../../lib/errors"
import type { Invoice } from "../../../lib/net-terms/contract"

export function DownloadPdfButton({ invoice }: { invoice: Pick<Invoice, "id" | "number"> }) {
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      await downloadInvoicePdf(invoice)
    } catch (error) {
      toast.error(errorMessage(error, "The PDF could not be downloaded"))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant="secondary" onClick={download} isLoading={busy} data-testid="download-invoice-pdf">
      <ArrowDownTray />
      Download PDF
    </Button>
  )
}
