import { Button } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useInvoices } from "../../hooks/use-invoices"
import { OffsetPagination } from "../common/pagination"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { InvoiceTable } from "../invoices/invoice-table"

const LIMIT = 10

/** The unit's invoices, including those of divisions drawing on its credit. */
export function UnitInvoicesSection({ unitId }: { unitId: string }) {
  const [offset, setOffset] = useState(0)
  const { data, isLoading, isError, error, refetch } = useInvoices({ business_unit_id: unitId, limit: LIMIT, offset })
  return (
    <Section
      title="Invoices"
      description="Its own, and those of divisions drawing on its credit."
      actions={
        <Button size="small" variant="transparent" asChild>
          <Link to={`/business-units/${unitId}/statement`}>Statement</Link>
        </Button>
      }
      data-testid="unit-invoices-section"
    >
      {isLoading ? (
        <LoadingState label="Loading invoices…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !data?.invoices.length ? (
        <EmptyState title="No invoices" description="Orders paid on net terms get an invoice." />
      ) : (
        <>
          <InvoiceTable invoices={data.invoices} />
          {data.count > LIMIT && <OffsetPagination count={data.count} limit={LIMIT} offset={offset} onChange={setOffset} />}
        </>
      )}
    </Section>
  )
}
