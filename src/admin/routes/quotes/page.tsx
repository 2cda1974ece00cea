import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { OptionSelect } from "../../components/common/option-select"
import { EmptyState, ErrorState, LoadingState } from "../../components/common/page-states"
import { OffsetPagination } from "../../components/common/pagination"
import { QuoteStatusBadge } from "../../components/common/status-badges"
import { UnitSelect } from "../../components/common/unit-select"
import { useQuotes } from "../../hooks/use-quotes"
import { useUnitNames } from "../../hooks/use-unit-names"
import { formatDate, formatMoney, humanize } from "../../lib/format"
import { QUOTE_STATUSES, type QuoteStatus } from "../../../lib/quotes/contract"

const LIMIT = 20
const STATUS_OPTIONS = QUOTE_STATUSES.map((s) => ({ value: s, label: humanize(s) }))

const QuotesPage = () => {
  const [status, setStatus] = useState("")
  const [unitId, setUnitId] = useState("")
  const [offset, setOffset] = useState(0)
  const filters = { status: (status || undefined) as QuoteStatus | undefined, business_unit_id: unitId || undefined, limit: LIMIT, offset }
  const { data, isLoading, isError, error, refetch } = useQuotes(filters)
  const unitNames = useUnitNames()
  const navigate = useNavigate()

  const changeFilter = (apply: () => void) => {
    apply()
    setOffset(0)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h1">Quotes</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Buyers ask for a price on a cart; answer with an offer.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <div className="w-44">
          <OptionSelect
            value={status}
            onChange={(v) => changeFilter(() => setStatus(v))}
            options={STATUS_OPTIONS}
            emptyLabel="All statuses"
            placeholder="Status"
            testId="quote-status-filter"
          />
        </div>
        <div className="w-64">
          <UnitSelect value={unitId} onChange={(v) => changeFilter(() => setUnitId(v))} emptyLabel="All units" testId="quote-unit-filter" />
        </div>
      </div>
      {isLoading ? (
        <LoadingState label="Loading quotes…" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !data?.quotes.length ? (
        <EmptyState
          title={status || unitId ? "No quote matches" : "No quotes yet"}
          description={status || unitId ? "Change the filters." : "Quotes appear when buyers request one from the B2B portal."}
        />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Requested</Table.HeaderCell>
                <Table.HeaderCell>Business unit</Table.HeaderCell>
                <Table.HeaderCell>Buyer</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Lines</Table.HeaderCell>
                <Table.HeaderCell>Valid until</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.quotes.map((quote) => (
                <Table.Row
                  key={quote.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/quotes/${quote.id}`)}
                  data-testid="quote-row"
                  data-quote-id={quote.id}
                  data-status={quote.status}
                >
                  <Table.Cell>{formatDate(quote.created_at)}</Table.Cell>
                  <Table.Cell>{unitNames.get(quote.business_unit_id) ?? quote.business_unit_id}</Table.Cell>
                  <Table.Cell>{quote.email}</Table.Cell>
                  <Table.Cell>
                    <QuoteStatusBadge status={quote.status} />
                  </Table.Cell>
                  <Table.Cell>{quote.lines.length}</Table.Cell>
                  <Table.Cell>{formatDate(quote.valid_until)}</Table.Cell>
                  <Table.Cell className="text-right">{formatMoney(quote.offer.total, quote.currency_code)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <OffsetPagination count={data.count} limit={LIMIT} offset={offset} onChange={setOffset} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Quotes",
  icon: DocumentText,
})

export default QuotesPage
