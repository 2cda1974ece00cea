import { Button, Table, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useRemoveBudget, useUnitBudgets } from "../../hooks/use-unit-team"
import { formatMoney } from "../../lib/format"
import type { BusinessUnitDetail } from "../../../lib/business/contract"
import type { AssociateBudget } from "../../../lib/approvals/contract"
import { DataTable } from "../common/data-table"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { RowActions } from "../common/row-actions"
import { Section } from "../common/section"
import { useConfirmedAction } from "../common/use-confirmed-action"
import { BudgetDrawer, BudgetTarget, periodLabel } from "./budget-drawer"

const COLUMNS = [{ label: "Associate" }, { label: "Budget" }, { label: "Actions", align: "right" as const }]

/** Each associate's spending budget in the unit; an order past it waits for one of the unit's approvers. */
export function BudgetsSection({ unit }: { unit: BusinessUnitDetail }) {
  const budgets = useUnitBudgets(unit.id)
  const remove = useRemoveBudget(unit.id)
  const [target, setTarget] = useState<BudgetTarget | null>(null)
  const byAssociate = useMemo(() => new Map((budgets.data ?? []).map((b) => [b.associate_id, b])), [budgets.data])
  const confirmRemove = useConfirmedAction(
    ({ budget }: { email: string; budget: AssociateBudget }, callbacks) => remove.mutate(budget.id, callbacks),
    ({ email }) => ({
      title: "Remove budget?",
      description: `${email}'s orders will then need approval only where an approval rule says so.`,
      confirmText: "Remove",
      done: `Budget of ${email} removed`,
    })
  )

  const body = () => {
    if (budgets.isLoading) return <LoadingState label="Loading budgets…" rows={2} />
    if (budgets.isError) return <ErrorState error={budgets.error} onRetry={() => budgets.refetch()} />
    if (unit.associates.length === 0) return <EmptyState title="No associates" description="Budgets are set per associate." />
    return (
      <DataTable columns={COLUMNS} rows={unit.associates}>
        {(associate) => {
          const budget = byAssociate.get(associate.id) ?? null
          return (
            <Table.Row key={associate.id} data-testid="budget-row" data-associate-id={associate.id}>
              <Table.Cell>{associate.email}</Table.Cell>
              <Table.Cell>
                <Text size="small" className={budget ? undefined : "text-ui-fg-muted"}>
                  {budget ? `${formatMoney(budget.amount, budget.currency_code)} ${periodLabel(budget.period)}` : "No budget"}
                </Text>
              </Table.Cell>
              <Table.Cell>
                {budget ? (
                  <RowActions
                    edit={{ label: "Edit", onClick: () => setTarget({ associate, budget }), testId: "edit-budget" }}
                    remove={{ label: "Remove", onClick: () => confirmRemove({ email: associate.email, budget }), testId: "remove-budget" }}
                  />
                ) : (
                  <div className="flex justify-end">
                    <Button size="small" variant="transparent" onClick={() => setTarget({ associate, budget: null })} data-testid="set-budget">
                      Set budget
                    </Button>
                  </div>
                )}
              </Table.Cell>
            </Table.Row>
          )
        }}
      </DataTable>
    )
  }

  return (
    <Section title="Budgets" description="How much each associate may order per period before an approver must agree." data-testid="budgets-section">
      {body()}
      <BudgetDrawer unitId={unit.id} unitCurrency={unit.currency_code} target={target} onClose={() => setTarget(null)} />
    </Section>
  )
}
