import { Button, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useWithdrawQuote } from "../../hooks/use-quotes"
import { errorMessage } from "../../lib/errors"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"

/** Withdraws the quote, with an optional comment that joins the thread. */
export function WithdrawQuoteDrawer({ quoteId }: { quoteId: string }) {
  const [open, setOpen] = useState(false)
  const [comment, setComment] = useState("")
  const [serverError, setServerError] = useState<string | null>(null)
  const withdraw = useWithdrawQuote(quoteId)

  const submit = () => {
    if (comment.length > 2000) {
      setServerError("The comment is too long (at most 2,000 characters)")
      return
    }
    setServerError(null)
    withdraw.mutate(comment.trim() || null, {
      onSuccess: () => {
        toast.success("Quote withdrawn")
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
          setComment("")
          setServerError(null)
          setOpen(true)
        }}
        data-testid="withdraw-quote"
      >
        Withdraw
      </Button>
      <FormDrawer
        open={open}
        onOpenChange={setOpen}
        title="Withdraw quote"
        description="The buyer can no longer accept it."
        onSubmit={submit}
        submitLabel="Withdraw"
        submitting={withdraw.isPending}
        submitTestId="withdraw-quote-submit"
      >
        <FormError message={serverError} />
        <Field label="Comment to the buyer" htmlFor="withdraw-comment" optional>
          <Textarea id="withdraw-comment" name="comment" value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
      </FormDrawer>
    </>
  )
}
