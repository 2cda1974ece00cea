import { Button, Input, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useRecordInvoicePayment } from "../../hooks/use-invoices"
import { errorMessage } from "../../lib/errors"
import { formatMoney, parseAmount } from "../../lib/format"
import type { Invoice } from "../../../lib/net-terms/contract"
import { Field, FormError } from "../common/field"

/** Records a received payment (partial allowed, never more than is open). */
export function RecordPaymentForm({ invoice }: { invoice: Invoice }) {
  const [amount, setAmount] = useState("")
  const [reference, setReference] = useState("")
  const [errors, setErrors] = useState<{ amount?: string; reference?: string }>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const record = useRecordInvoicePayment(invoice.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = parseAmount(amount)
    const found: typeof errors = {}
    if (!amount.trim()) found.amount = "Give the amount received"
    else if (value === null || value <= 0) found.amount = "An amount greater than 0 with at most two decimals"
    else if (value > invoice.open_amount + 1e-9)
      found.amount = `At most the open amount, ${formatMoney(invoice.open_amount, invoice.currency_code)}`
    if (reference.trim().length > 120) found.reference = "At most 120 characters"
    setErrors(found)
    if (found.amount || found.reference) return
    setServerError(null)
    record.mutate(
      { amount: value as number, ...(reference.trim() ? { reference: reference.trim() } : {}) },
      {
        onSuccess: (updated) => {
          toast.success(updated.status === "paid" ? `${updated.number} is paid` : "Payment recorded")
          setAmount("")
          setReference("")
        },
        onError: (error) => setServerError(errorMessage(error)),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-3 px-6 py-4" onSubmit={submit} noValidate data-testid="record-payment-form">
      <FormError message={serverError} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field label={`Amount (${invoice.currency_code.toUpperCase()})`} htmlFor="payment-amount" error={errors.amount}>
          <Input
            id="payment-amount"
            name="amount"
            inputMode="decimal"
            placeholder={String(invoice.open_amount)}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <Field label="Reference" htmlFor="payment-reference" error={errors.reference} hint="Bank transfer or cheque reference" optional>
          <Input id="payment-reference" name="reference" value={reference} onChange={(e) => setReference(e.target.value)} />
        </Field>
      </div>
      <div className="flex items-center justify-end gap-x-2">
        <Button size="small" variant="transparent" type="button" onClick={() => setAmount(String(invoice.open_amount))}>
          Whole open amount
        </Button>
        <Button size="small" type="submit" isLoading={record.isPending} data-testid="record-payment">
          Record payment
        </Button>
      </div>
    </form>
  )
}
