import { Button, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useVoidInvoice } from "../../hooks/use-invoices"
import { errorMessage } from "../../lib/errors"
import type { Invoice } from "../../../lib/net-terms/contract"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"

/** Voids an invoice without payments; the reason is required and kept on the invoice. */
export function VoidInvoiceDrawer({ invoice }: { invoice: Invoice }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [serverError, setServerError] = useState<string | null>(null)
  const voidInvoice = useVoidInvoice(invoice.id)

  const submit = () => {
    const text = reason.trim()
    if (!text) {
      setReasonError("Say why the invoice is void")
      return
    }
    if (text.length > 500) {
      setReasonError("At most 500 characters")
      return
    }
    setReasonError(null)
    setServerError(null)
    voidInvoice.mutate(text, {
      onSuccess: () => {
        toast.success(`${invoice.number} voided`)
        setOpen(false)
      },
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  return (
    <>
      <Button
        size="small"
        variant="secondary"
        onClick={() => {
          setReason("")
          setReasonError(null)
          setServerError(null)
          setOpen(true)
        }}
        data-testid="void-invoice"
      >
        Void
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={setOpen}
        title={`Void ${invoice.number}`}
        description="A void invoice no longer counts against the credit limit. Only an invoice without payments can be voided."
        onSubmit={submit}
        submitLabel="Void invoice"
        submitting={voidInvoice.isPending}
        testId="void-invoice-drawer"
        submitTestId="void-invoice-submit"
      >
        <FormError message={serverError} />
        <Field label="Reason" htmlFor="void-reason" error={reasonError}>
          <Textarea id="void-reason" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        </Field>
      </FormDrawer>
    </>
  )
}
