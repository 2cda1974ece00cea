import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadFile } from "../../lib/download"
import { errorMessage } from "../../lib/errors"

/** A PDF of the admin API (an invoice, a packing slip), downloaded under `filename`. */
export function DownloadPdfButton({ path, filename, testId }: { path: string; filename: string; testId: string }) {
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      await downloadFile(path, filename)
    } catch (error) {
      toast.error(errorMessage(error, "The PDF could not be downloaded"))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant="secondary" onClick={download} isLoading={busy} data-testid={testId}>
      <ArrowDownTray />
      Download PDF
    </Button>
  )
}
