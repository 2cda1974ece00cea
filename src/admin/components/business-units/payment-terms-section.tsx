import { Button, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useBusinessUnits } from "../../hooks/use-business-units"
import { usePaymentTerms, useSavePaymentTerms } from "../../hooks/use-payment-terms"
import { errorMessage } from "../../lib/errors"
import { parseAmount } from "../../lib/format"
import { termsLabel } from "../../lib/labels"
import type { BusinessUnitDetail } from "../../../lib/business/contract"
import { PAYMENT_TERMS, type PaymentTerms } from "../../../lib/net-terms/contract"
import { Field, FormError } from "../common/field"
import { OptionSelect } from "../common/option-select"
import { ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { CreditSummary } from "./credit-summary"

const TERMS_OPTIONS = PAYMENT_TERMS.map((t) => ({ value: t, label: termsLabel(t) }))

/**
 * The unit's net terms and credit limit (its own settings; empty fields are inherited from the
 * nearest parent that sets them), what applies after inheritance, and the credit position.
 */
export function PaymentTermsSection({ unit }: { unit: BusinessUnitDetail }) {
  const { data, isLoading, isError, error, refetch } = usePaymentTerms(unit.id)
  const save = useSavePaymentTerms(unit.id)
  const { data: units } = useBusinessUnits()
  const names = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units])
  const [terms, setTerms] = useState("")
  const [limit, setLimit] = useState("")
  const [limitError, setLimitError] = useState<string | null>(null)
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => {
    if (!data) return
    setTerms(data.own?.terms ?? "")
    setLimit(data.own?.credit_limit === null || data.own?.credit_limit === undefined ? "" : String(data.own.credit_limit))
  }, [data])

  const currency = (data?.own?.currency_code ?? unit.currency_code ?? data?.effective?.currency_code ?? "eur").toUpperCase()
  const isDivision = !!unit.parent_id

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    let creditLimit: number | null = null
    if (limit.trim()) {
      const parsed = parseAmount(limit)
      if (parsed === null) {
        setLimitError("A positive amount with at most two decimals, e.g. 10000 or 2500.50")
        return
      }
      creditLimit = parsed
    }
    setLimitError(null)
    setServerError(null)
    save.mutate(
      { terms: (terms || null) as PaymentTerms | null, credit_limit: creditLimit },
      {
        onSuccess: () => toast.success("Payment terms saved"),
        onError: (err) => setServerError(errorMessage(err)),
      }
    )
  }

  const effective = data?.effective
  const inheritedFrom = effective && effective.credit_holder_id !== unit.id ? names.get(effective.credit_holder_id) ?? "a parent unit" : null

  return (
    <Section
      title="Payment terms"
      description="Net terms and credit limit for paying on invoice."
      actions={
        <Button size="small" variant="transparent" asChild>
          <Link to={`/business-units/${unit.id}/statement`} data-testid="statement-link">
            Statement
          </Link>
        </Button>
      }
      data-testid="payment-terms"
    >
      {isLoading ? (
        <LoadingState label="Loading payment terms…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex flex-col gap-y-0.5" data-testid="effective-terms">
              <Text size="xsmall" className="text-ui-fg-subtle">
                Applies now
              </Text>
              <Text size="small" weight="plus">
                {effective ? termsLabel(effective.terms) : "No net terms"}
              </Text>
              {inheritedFrom && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Draws on the credit limit of {inheritedFrom}
                </Text>
              )}
              {!effective && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Buyers cannot pay on invoice until terms and a credit limit are set{isDivision ? " here or on a parent" : ""}.
                </Text>
              )}
            </div>
            {data?.credit && <CreditSummary credit={data.credit} />}
          </div>
          <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={submit} noValidate data-testid="payment-terms-form">
            <FormError message={serverError} />
            <Field label="Terms" hint={isDivision ? "None: use the parent's terms." : undefined}>
              <OptionSelect
                name="terms"
                value={terms}
                onChange={setTerms}
                options={TERMS_OPTIONS}
                emptyLabel={isDivision ? "None (inherit)" : "None"}
                placeholder="Terms"
                testId="payment-terms-select"
              />
            </Field>
            <Field
              label={`Credit limit (${currency})`}
              htmlFor="credit-limit"
              error={limitError}
              hint={isDivision ? "Empty: draw on the parent's limit." : "Empty: no credit limit (no net terms)."}
            >
              <Input
                id="credit-limit"
                name="credit_limit"
                inputMode="decimal"
                value={limit}
                onChange={(e) => setLimit(e.target.value)}
                placeholder="e.g. 10000"
                data-testid="credit-limit-input"
              />
            </Field>
            <div className="flex justify-end">
              <Button size="small" type="submit" isLoading={save.isPending} data-testid="save-payment-terms">
                Save
              </Button>
            </div>
          </form>
        </>
      )}
    </Section>
  )
}
