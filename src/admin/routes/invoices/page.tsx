import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { OptionSelect } from "../../components/common/option-select"
import { EmptyState, ErrorState, LoadingState } from "../../components/common/page-states"
import { OffsetPagination } from "../../components/common/pagination"
import { Section } from "../../components/common/section"
import { UnitSelect } from "../../components/common/unit-select"
import { AgingSummary, agingOf } from "../../components/invoices/aging-summary"
import { InvoiceTable } from "../../components/invoices/invoice-table"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useInvoices, useUnpaidInvoices } from "../../hooks/use-invoices"
import { humanize } from "../../lib/format"
import { INVOICE_STATUSES, type InvoiceStatus } from "../../../lib/net-terms/contract"

const LIMIT = 20
const STATUS_OPTIONS = INVOICE_STATUSES.map((s) => ({ value: s, label: humanize(s) }))

/** Aging of every unpaid invoice (of the chosen unit), per currency. */
function InvoiceAging({ unitId }: { unitId?: string }) {
  const { data, isLoading, isError, error, refetch } = useUnpaidInvoices(unitId)
  const byCurrency = new Map<string, NonNullable<typeof data>>()
  for (const invoice of data ?? []) {
    byCurrency.set(invoice.currency_code, [...(byCurrency.get(invoice.currency_code) ?? []), invoice])
  }
  return (
    <Section title="Aging" description="Open amounts of unpaid invoices by days past due." data-testid="invoice-aging">
      {isLoading ? (
        <LoadingState label="Loading aging…" rows={1} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : byCurrency.size === 0 ? (
        <AgingSummary aging={agingOf([])} currencyCode={null} total={0} />
      ) : (
        [...byCurrency.entries()].map(([currency, invoices]) => (
          <AgingSummary
            key={currency}
            aging={agingOf(invoices)}
            currencyCode={currency}
            total={Math.round(invoices.reduce((sum, i) => sum + i.open_amount, 0) * 100) / 100}
          />
        ))
      )}
    </Section>
  )
}

const InvoicesPage = () => {
  const [status, setStatus] = useState("")
  const [unitId, setUnitId] = useState("")
  const [overdue, setOverdue] = useState(false)
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const q = useDebouncedValue(search.trim())
  const filters = {
    status: (status || undefined) as InvoiceStatus | undefined,
    business_unit_id: unitId || undefined,
    overdue,
    q: q || undefined,
    limit: LIMIT,
    offset,
  }
  const { data, isLoading, isError, error, refetch } = useInvoices(filters)
  const filtered = !!(status || unitId || overdue || q)
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v)
    setOffset(0)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Invoices</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Invoices of orders paid on net terms.
            </Text>
          </div>
          {unitId && (
            <Button size="small" variant="secondary" asChild>
              <Link to={`/business-units/${unitId}/statement`} data-testid="invoices-statement-link">
                Statement of this unit
              </Link>
            </Button>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3 px-6 py-3">
          <div className="w-full max-w-[220px]">
            <Input
              type="search"
              size="small"
              placeholder="Number or PO"
              value={search}
              onChange={(e) => reset(setSearch)(e.target.value)}
              aria-label="Search invoices by number or PO"
              data-testid="invoice-search"
            />
          </div>
          <div className="w-44">
            <OptionSelect
              value={status}
              onChange={reset(setStatus)}
              options={STATUS_OPTIONS}
              emptyLabel="All statuses"
              placeholder="Status"
              testId="invoice-status-filter"
            />
          </div>
          <div className="w-64">
            <UnitSelect value={unitId} onChange={reset(setUnitId)} emptyLabel="All units" testId="invoice-unit-filter" />
          </div>
          <div className="flex items-center gap-x-2">
            <Switch id="invoice-overdue" checked={overdue} onCheckedChange={reset(setOverdue)} data-testid="invoice-overdue-filter" />
            <Label htmlFor="invoice-overdue" size="small">
              Overdue only
            </Label>
          </div>
        </div>
        {isLoading ? (
          <LoadingState label="Loading invoices…" />
        ) : isError ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : !data?.invoices.length ? (
          <EmptyState
            title={filtered ? "No invoice matches" : "No invoices yet"}
            description={filtered ? "Change the filters." : "Orders paid on net terms get an invoice."}
          />
        ) : (
          <>
            <InvoiceTable invoices={data.invoices} />
            <OffsetPagination count={data.count} limit={LIMIT} offset={offset} onChange={setOffset} />
          </>
        )}
      </Container>
      <InvoiceAging unitId={unitId || undefined} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Invoices",
  icon: Receipt,
})

export default InvoicesPage
