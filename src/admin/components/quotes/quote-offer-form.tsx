import { Button, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useSaveQuoteOffer, useSendQuote } from "../../hooks/use-quotes"
import { errorMessage } from "../../lib/errors"
import { formatMoney } from "../../lib/format"
import type { Quote } from "../../../lib/quotes/contract"
import { Field, FormError } from "../common/field"
import { Section } from "../common/section"
import {
  OfferFormErrors,
  offerFormFrom,
  offerHasErrors,
  offerInputFrom,
  OfferFormValues,
  previewOffer,
  sendProblems,
  validateOffer,
} from "./offer-form"

/**
 * The frozen lines with the merchant's offer: a unit price per line, discount, shipping,
 * valid-until and a comment. "Save offer" stores a draft; "Send" saves what changed and sends it.
 */
export function QuoteOfferForm({ quote }: { quote: Quote }) {
  const editable = quote.next_actions.includes("draft")
  const canSend = quote.next_actions.includes("send")
  const initial = useMemo(() => offerFormFrom(quote), [quote])
  const [values, setValues] = useState<OfferFormValues>(initial)
  const [errors, setErrors] = useState<OfferFormErrors>({ prices: {} })
  const [serverError, setServerError] = useState<string | null>(null)
  const save = useSaveQuoteOffer(quote.id)
  const send = useSendQuote(quote.id)

  useEffect(() => setValues(initial), [initial])

  const dirty = JSON.stringify(values) !== JSON.stringify(initial)
  const preview = previewOffer(quote, values)
  const set = <K extends keyof OfferFormValues>(key: K, value: OfferFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))

  const checked = (forSending: boolean) => {
    const found = validateOffer(values)
    if (forSending) {
      const problems = sendProblems(values)
      found.prices = { ...problems.prices, ...found.prices }
      found.validUntil = found.validUntil ?? problems.validUntil
    }
    setErrors(found)
    return !offerHasErrors(found)
  }

  const saveOffer = (event?: FormEvent) => {
    event?.preventDefault()
    if (!checked(false)) return
    setServerError(null)
    save.mutate(offerInputFrom(values), {
      onSuccess: () => toast.success("Offer saved as a draft"),
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  const sendOffer = async () => {
    if (!checked(true)) return
    setServerError(null)
    try {
      if (dirty && editable) await save.mutateAsync(offerInputFrom(values))
      await send.mutateAsync(null)
      toast.success("Offer sent to the buyer")
    } catch (error) {
      setServerError(errorMessage(error))
    }
  }

  return (
    <Section
      title="Offer"
      description={editable ? "Price each line; the buyer sees the discounted prices." : "The offer can no longer be edited."}
      data-testid="quote-offer"
    >
      <form onSubmit={saveOffer} noValidate className="divide-y">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Requested at</Table.HeaderCell>
              <Table.HeaderCell>Offered unit price</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Line total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {quote.lines.map((line) => {
              const priced = preview.lines.get(line.id)
              return (
                <Table.Row key={line.id} data-testid="quote-line" data-line-id={line.id}>
                  <Table.Cell>
                    <div className="flex flex-col py-1">
                      <Text size="small" weight="plus">
                        {line.product_title}
                      </Text>
                      {line.variant_title && (
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {line.variant_title}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{line.sku ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                  <Table.Cell className="text-right">{formatMoney(line.requested_unit_price, quote.currency_code)}</Table.Cell>
                  <Table.Cell>
                    <div className="flex max-w-[160px] flex-col py-1">
                      <Input
                        size="small"
                        name={`unit_price-${line.id}`}
                        aria-label={`Offered unit price for ${line.product_title}`}
                        inputMode="decimal"
                        placeholder={String(line.requested_unit_price)}
                        value={values.prices[line.id] ?? ""}
                        disabled={!editable}
                        aria-invalid={!!errors.prices[line.id]}
                        onChange={(e) => set("prices", { ...values.prices, [line.id]: e.target.value })}
                      />
                      {errors.prices[line.id] && (
                        <Text size="xsmall" className="text-ui-fg-error" role="alert">
                          {errors.prices[line.id]}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <span className={priced?.priced ? undefined : "text-ui-fg-muted"}>{formatMoney(priced?.total, quote.currency_code)}</span>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
          <Field label="Discount (%)" htmlFor="quote-discount" error={errors.discount} hint="Applied to every line">
            <Input
              id="quote-discount"
              name="discount_percent"
              inputMode="decimal"
              value={values.discount}
              disabled={!editable}
              placeholder="0"
              onChange={(e) => set("discount", e.target.value)}
            />
          </Field>
          <Field label={`Shipping (${quote.currency_code.toUpperCase()})`} htmlFor="quote-shipping" error={errors.shipping}>
            <Input
              id="quote-shipping"
              name="shipping_total"
              inputMode="decimal"
              value={values.shipping}
              disabled={!editable}
              placeholder="0"
              onChange={(e) => set("shipping", e.target.value)}
            />
          </Field>
          <Field label="Valid until" htmlFor="quote-valid-until" error={errors.validUntil} hint="Through the end of that day (UTC)">
            <Input
              id="quote-valid-until"
              name="valid_until"
              type="date"
              value={values.validUntil}
              disabled={!editable}
              onChange={(e) => set("validUntil", e.target.value)}
            />
          </Field>
          <div className="md:col-span-3">
            <Field label="Comment to the buyer" htmlFor="quote-comment" error={errors.comment} optional>
              <Textarea
                id="quote-comment"
                name="merchant_comment"
                value={values.comment}
                disabled={!editable}
                onChange={(e) => set("comment", e.target.value)}
              />
            </Field>
          </div>
        </div>
        <div className="flex flex-col items-end gap-y-1 px-6 py-4" data-testid="quote-totals">
          <TotalRow label="Items" value={formatMoney(preview.itemTotal, quote.currency_code)} />
          <TotalRow label="Shipping" value={formatMoney(preview.shipping, quote.currency_code)} />
          <TotalRow label={quote.currency_code === "usd" ? "Sales tax" : "VAT"} value={formatMoney(preview.taxTotal, quote.currency_code)} />
          <TotalRow label="Total" value={formatMoney(preview.total, quote.currency_code)} strong testId="quote-total" />
        </div>
        {(editable || canSend) && (
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <FormError message={serverError} />
            <div className="flex items-center justify-end gap-x-2">
              {dirty && (
                <Text size="small" className="text-ui-fg-subtle mr-auto">
                  Unsaved changes
                </Text>
              )}
              {editable && (
                <Button size="small" variant="secondary" type="submit" isLoading={save.isPending && !send.isPending} data-testid="save-offer">
                  Save offer
                </Button>
              )}
              {canSend && (
                <Button size="small" type="button" onClick={sendOffer} isLoading={send.isPending} data-testid="send-quote">
                  Send to buyer
                </Button>
              )}
            </div>
          </div>
        )}
      </form>
    </Section>
  )
}

function TotalRow({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className="flex w-64 justify-between">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" weight={strong ? "plus" : "regular"} data-testid={testId}>
        {value}
      </Text>
    </div>
  )
}
