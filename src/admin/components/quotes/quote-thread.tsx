import { Badge, Button, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { usePostQuoteMessage, useQuoteMessages } from "../../hooks/use-quotes"
import { errorMessage } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { FormError } from "../common/field"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"

/** The conversation with the buyer about the quote, and a form to write to them. */
export function QuoteThread({ quoteId }: { quoteId: string }) {
  const { data: messages, isLoading, isError, error, refetch } = useQuoteMessages(quoteId)
  const post = usePostQuoteMessage(quoteId)
  const [body, setBody] = useState("")
  const [formError, setFormError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = body.trim()
    if (!text) {
      setFormError("Write a message first")
      return
    }
    if (text.length > 4000) {
      setFormError("At most 4,000 characters")
      return
    }
    setFormError(null)
    post.mutate(text, {
      onSuccess: () => {
        setBody("")
        toast.success("Message sent")
      },
      onError: (err) => setFormError(errorMessage(err)),
    })
  }

  return (
    <Section title="Messages" description="Comments given with send, withdraw, decline and renegotiate appear here too." data-testid="quote-thread">
      {isLoading ? (
        <LoadingState label="Loading messages…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !messages?.length ? (
        <EmptyState title="No messages yet" />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {messages.map((message) => {
            const mine = message.author_type === "merchant"
            return (
              <div
                key={message.id}
                className={`flex max-w-[85%] flex-col gap-y-1 rounded-lg border px-3 py-2 ${mine ? "bg-ui-bg-subtle self-end" : "self-start"}`}
                data-testid="quote-message"
                data-author={message.author_type}
              >
                <div className="flex items-center gap-x-2">
                  <Badge size="2xsmall" color={mine ? "blue" : "orange"}>
                    {mine ? "Merchant" : "Buyer"}
                  </Badge>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatDateTime(message.created_at)}
                  </Text>
                </div>
                <Text size="small" className="whitespace-pre-wrap">
                  {message.body}
                </Text>
              </div>
            )
          })}
        </div>
      )}
      <form className="flex flex-col gap-y-2 px-6 py-4" onSubmit={submit} noValidate data-testid="quote-message-form">
        <FormError message={formError} />
        <Textarea
          name="body"
          aria-label="Message to the buyer"
          placeholder="Write to the buyer…"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="flex justify-end">
          <Button size="small" type="submit" variant="secondary" isLoading={post.isPending} data-testid="send-quote-message">
            Send message
          </Button>
        </div>
      </form>
    </Section>
  )
}
