import { Badge, Button, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useApprovalRules, useDeleteApprovalRule } from "../../hooks/use-approvals"
import { useProductCategories } from "../../hooks/use-catalog-options"
import { errorMessage } from "../../lib/errors"
import type { ApprovalRule } from "../../../lib/approvals/contract"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { describePredicate, describeTier } from "./describe"
import { RuleFormDrawer } from "./rule-form-drawer"
import { RowActions } from "../common/row-actions"

/** A unit's approval rules: conditions, tiers; create, edit, delete. */
export function ApprovalRulesSection({ unitId, unitName, currency, isDivision }: { unitId: string; unitName?: string; currency: string; isDivision: boolean }) {
  const { data: rules, isLoading, isError, error, refetch } = useApprovalRules(unitId)
  const categories = useProductCategories()
  const categoryNames = useMemo(() => new Map((categories.data ?? []).map((c) => [c.id, c.name])), [categories.data])
  const remove = useDeleteApprovalRule()
  const prompt = usePrompt()
  const [drawerOpen, setDrawerOpen] = useState(false)
  const [editing, setEditing] = useState<ApprovalRule | null>(null)

  const openDrawer = (rule: ApprovalRule | null) => {
    setEditing(rule)
    setDrawerOpen(true)
  }

  const confirmDelete = async (rule: ApprovalRule) => {
    const confirmed = await prompt({
      title: `Delete rule "${rule.name}"?`,
      description: "Orders it matched will no longer need approval because of it. Flows already running are kept.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(rule.id, {
      onSuccess: () => toast.success("Rule deleted"),
      onError: (err) => toast.error(errorMessage(err)),
    })
  }

  return (
    <Section
      title={`Approval rules${unitName ? ` of ${unitName}` : ""}`}
      description={isDivision ? "A division also follows its parents' rules unless configured otherwise." : "Divisions follow these rules too."}
      actions={
        <Button size="small" variant="secondary" onClick={() => openDrawer(null)} data-testid="create-approval-rule">
          Create rule
        </Button>
      }
      data-testid="approval-rules"
    >
      {isLoading ? (
        <LoadingState label="Loading rules…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !rules?.length ? (
        <EmptyState title="No rules" description="Without rules (and budgets), orders of this unit need no approval." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Rule</Table.HeaderCell>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Tiers</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rules.map((rule) => (
              <Table.Row key={rule.id} data-testid="approval-rule-row" data-rule-id={rule.id}>
                <Table.Cell className="align-top">
                  <div className="flex flex-col gap-y-1 py-2">
                    <Text size="small" weight="plus">
                      {rule.name}
                    </Text>
                    <div className="flex gap-x-1">
                      <Badge size="2xsmall" color={rule.active ? "green" : "grey"}>
                        {rule.active ? "Active" : "Inactive"}
                      </Badge>
                      {rule.allow_self_approval && (
                        <Badge size="2xsmall" color="orange">
                          Self-approval
                        </Badge>
                      )}
                    </div>
                  </div>
                </Table.Cell>
                <Table.Cell className="align-top">
                  <div className="flex flex-col py-2">
                    {describePredicate(rule.predicate ?? {}, categoryNames).map((part) => (
                      <Text key={part} size="small">
                        {part}
                      </Text>
                    ))}
                  </div>
                </Table.Cell>
                <Table.Cell className="align-top">
                  <ol className="flex flex-col py-2">
                    {rule.tiers.map((tier, i) => (
                      <li key={i} className="txt-compact-small">
                        <span className="text-ui-fg-subtle">{i + 1}.</span> {describeTier(tier)}
                      </li>
                    ))}
                  </ol>
                </Table.Cell>
                <Table.Cell className="align-top">
                  <RowActions className="py-2" edit={{ label: "Edit", onClick: () => openDrawer(rule), testId: "edit-approval-rule" }} remove={{ label: "Delete", onClick: () => confirmDelete(rule), testId: "delete-approval-rule" }} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <RuleFormDrawer open={drawerOpen} onOpenChange={setDrawerOpen} unitId={unitId} rule={editing} defaultCurrency={currency} />
    </Section>
  )
}
