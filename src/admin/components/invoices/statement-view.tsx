import { Text } from "@medusajs/ui"
import { useStatement } from "../../hooks/use-payment-terms"
import { formatDateTime } from "../../lib/format"
import { termsLabel } from "../../lib/labels"
import { CreditSummary } from "../business-units/credit-summary"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { AgingSummary } from "./aging-summary"
import { InvoiceTable } from "./invoice-table"

/** A unit's statement: terms, credit limit / used / available, aging buckets and open invoices. */
export function StatementView({ unitId, unitName }: { unitId: string; unitName?: string }) {
  const { data: statement, isLoading, isError, error, refetch } = useStatement(unitId)
  if (isLoading) return <LoadingState label="Loading statement…" />
  if (isError || !statement) return <ErrorState error={error} onRetry={() => refetch()} title="Could not load the statement" />
  const currency = statement.credit?.currency_code ?? statement.invoices[0]?.currency_code ?? null

  return (
    <div className="flex flex-col gap-y-3" data-testid="statement">
      <Section
        title={`Statement${unitName ? `: ${unitName}` : ""}`}
        level="h1"
        description={`As of ${formatDateTime(statement.as_of)} · Terms: ${termsLabel(statement.terms)}`}
      >
        <div className="px-6 py-4">
          {statement.credit ? (
            <CreditSummary credit={statement.credit} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              No net terms: no credit limit applies.
            </Text>
          )}
        </div>
      </Section>
      <Section title="Aging" description="Open amounts by days past the due date.">
        <AgingSummary aging={statement.aging} currencyCode={currency} total={statement.total_open} />
      </Section>
      <Section title="Open invoices" description="Unpaid invoices, earliest due first.">
        {statement.invoices.length === 0 ? (
          <EmptyState title="Nothing open" description="Every invoice is paid or void." />
        ) : (
          <InvoiceTable invoices={statement.invoices} showAging />
        )}
      </Section>
    </div>
  )
}
