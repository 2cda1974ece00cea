import { Input, Label, Switch, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateApprovalRule, useUpdateApprovalRule } from "../../hooks/use-approvals"
import { useBusinessRoles } from "../../hooks/use-business-roles"
import { useProductCategories } from "../../hooks/use-catalog-options"
import { errorMessage } from "../../lib/errors"
import type { ApprovalRule } from "../../../lib/approvals/contract"
import { CheckboxList } from "../common/checkbox-list"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { ruleFormFrom, RuleFormErrors, ruleHasErrors, ruleInputFrom, RuleFormValues, validateRule } from "./rule-form"
import { TiersEditor } from "./tiers-editor"

/** Creates a rule for the unit, or edits `rule`. */
export function RuleFormDrawer({
  open,
  onOpenChange,
  unitId,
  rule,
  defaultCurrency,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  unitId: string
  rule: ApprovalRule | null
  defaultCurrency: string
}) {
  const [values, setValues] = useState<RuleFormValues>(ruleFormFrom(rule, defaultCurrency))
  const [errors, setErrors] = useState<RuleFormErrors>({ tierErrors: {} })
  const [serverError, setServerError] = useState<string | null>(null)
  const roles = useBusinessRoles()
  const categories = useProductCategories()
  const create = useCreateApprovalRule()
  const update = useUpdateApprovalRule()

  useEffect(() => {
    if (!open) return
    setValues(ruleFormFrom(rule, defaultCurrency))
    setErrors({ tierErrors: {} })
    setServerError(null)
  }, [open, rule, defaultCurrency])

  const set = <K extends keyof RuleFormValues>(key: K, value: RuleFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))
  const roleOptions = (roles.data?.roles ?? []).map((r) => ({ value: r.handle, label: `${r.name} (${r.handle})` }))

  const submit = () => {
    const found = validateRule(values)
    setErrors(found)
    if (ruleHasErrors(found)) return
    setServerError(null)
    const body = ruleInputFrom(values)
    const done = {
      onSuccess: () => {
        toast.success(rule ? "Rule saved" : "Rule created")
        onOpenChange(false)
      },
      onError: (error: unknown) => setServerError(errorMessage(error)),
    }
    if (rule) update.mutate({ id: rule.id, ...body }, done)
    else create.mutate({ ...body, business_unit_id: unitId }, done)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={rule ? "Edit approval rule" : "Create approval rule"}
      description="Orders matching every condition given must be approved, tier after tier."
      onSubmit={submit}
      submitLabel={rule ? "Save" : "Create"}
      submitting={create.isPending || update.isPending}
      testId="approval-rule-drawer"
      submitTestId="approval-rule-submit"
    >
      <FormError message={serverError} />
      <Field label="Name" htmlFor="rule-name" error={errors.name}>
        <Input id="rule-name" name="name" value={values.name} onChange={(e) => set("name", e.target.value)} autoFocus />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch id="rule-active" checked={values.active} onCheckedChange={(v) => set("active", v)} data-testid="rule-active" />
        <Label htmlFor="rule-active" size="small">
          Active
        </Label>
      </div>
      <Field label="Order total above" error={errors.amount ?? errors.currency} hint="Leave empty for no amount condition" optional>
        <div className="flex gap-x-2">
          <Input
            name="total_above_amount"
            aria-label="Amount"
            inputMode="decimal"
            placeholder="e.g. 500"
            value={values.amount}
            onChange={(e) => set("amount", e.target.value)}
          />
          <Input
            name="total_above_currency"
            aria-label="Currency"
            className="w-24"
            maxLength={3}
            value={values.currency}
            onChange={(e) => set("currency", e.target.value.toUpperCase())}
          />
        </div>
      </Field>
      <Field label="SKUs" htmlFor="rule-skus" error={errors.skus} hint="The cart holds any of these (comma or space separated)" optional>
        <Textarea id="rule-skus" name="skus" value={values.skus} onChange={(e) => set("skus", e.target.value)} />
      </Field>
      <Field label="Categories" hint="The cart holds a product of any of these categories" optional>
        <CheckboxList
          idPrefix="rule-category"
          options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={values.categoryIds}
          onChange={(v) => set("categoryIds", v)}
          emptyText={categories.isLoading ? "Loading categories…" : "No product categories"}
        />
      </Field>
      <Field label="Requester roles" hint="The buyer holds any of these roles" optional>
        <CheckboxList
          idPrefix="rule-requester-role"
          options={roleOptions}
          value={values.requesterRoles}
          onChange={(v) => set("requesterRoles", v)}
          emptyText={roles.isLoading ? "Loading roles…" : "No roles"}
        />
      </Field>
      <Field label="Approval tiers" error={errors.tiers}>
        <TiersEditor tiers={values.tiers} onChange={(t) => set("tiers", t)} roleOptions={roleOptions} errors={errors.tierErrors} />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch
          id="rule-self-approval"
          checked={values.allowSelfApproval}
          onCheckedChange={(v) => set("allowSelfApproval", v)}
        />
        <Label htmlFor="rule-self-approval" size="small">
          Requesters may approve their own orders
        </Label>
      </div>
    </FormDrawer>
  )
}
