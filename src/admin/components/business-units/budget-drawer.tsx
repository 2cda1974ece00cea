import { Input, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useSetBudget } from "../../hooks/use-unit-team"
import { parseAmount } from "../../lib/format"
import { isCurrencyCode } from "../../lib/validation"
import type { Associate } from "../../../lib/business/contract"
import type { AssociateBudget } from "../../../lib/approvals/contract"
import { BUDGET_PERIODS, type BudgetPeriod } from "../../../lib/approvals/budget"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { OptionSelect } from "../common/option-select"
import { useFormDrawer } from "../common/use-form-drawer"

export const periodLabel = (period: BudgetPeriod) => (period === "none" ? "in total" : `per ${period}`)

const PERIOD_OPTIONS = BUDGET_PERIODS.map((p) => ({ value: p, label: p === "none" ? "In total (no period)" : `Per ${p}` }))

export type BudgetTarget = { associate: Associate; budget: AssociateBudget | null }

/** Sets or changes how much an associate may order per period before their orders need approval. */
export function BudgetDrawer({ unitId, unitCurrency, target, onClose }: { unitId: string; unitCurrency: string | null; target: BudgetTarget | null; onClose: () => void }) {
  const { open, openDrawer, values, setValues, errors, serverError, submitWith } = useFormDrawer(
    () => ({
      amount: target?.budget ? String(target.budget.amount) : "",
      currency: (target?.budget?.currency_code ?? unitCurrency ?? "eur").toUpperCase(),
      period: target?.budget?.period ?? ("month" as BudgetPeriod),
    }),
    ({ amount, currency }) => ({
      amount: parseAmount(amount) === null ? "An amount of 0 or more with at most two decimals, e.g. 1000 or 250.50" : undefined,
      currency: isCurrencyCode(currency) ? undefined : "A 3-letter ISO code, e.g. EUR",
    })
  )
  const save = useSetBudget(unitId)
  // The section owns which associate is edited: the drawer opens and closes with it.
  useEffect(() => openDrawer(!!target), [target])

  const submit = () =>
    submitWith(({ amount, currency, period }, fail) =>
      save.mutate(
        { associate_id: target!.associate.id, amount: parseAmount(amount)!, currency_code: currency.trim().toLowerCase(), period },
        { onSuccess: () => (toast.success(`Budget of ${target!.associate.email} saved`), onClose()), onError: fail }
      )
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={target?.budget ? "Edit budget" : "Set budget"}
      description={target?.associate.email}
      onSubmit={submit}
      submitting={save.isPending}
      testId="budget-drawer"
      submitTestId="budget-submit"
    >
      <FormError message={serverError} />
      <Field label="Amount" htmlFor="budget-amount" error={errors.amount} hint="Orders that would take the period's spending past it need an approver.">
        <Input id="budget-amount" name="amount" inputMode="decimal" value={values.amount} onChange={(e) => setValues((v) => ({ ...v, amount: e.target.value }))} autoFocus />
      </Field>
      <Field label="Currency" htmlFor="budget-currency" error={errors.currency} hint="Only orders in this currency count.">
        <Input id="budget-currency" name="currency_code" maxLength={3} value={values.currency} onChange={(e) => setValues((v) => ({ ...v, currency: e.target.value.toUpperCase() }))} />
      </Field>
      <Field label="Period" htmlFor="budget-period">
        <OptionSelect id="budget-period" value={values.period} onChange={(value) => setValues((v) => ({ ...v, period: value as BudgetPeriod }))} options={PERIOD_OPTIONS} testId="budget-period" />
      </Field>
    </FormDrawer>
  )
}
