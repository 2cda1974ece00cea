import { Button, Container } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { BackLink } from "../../../components/common/back-link"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { InvoiceLinesSection } from "../../../components/invoices/invoice-lines-section"
import { InvoicePaymentsSection } from "../../../components/invoices/invoice-payments-section"
import { InvoiceSummary } from "../../../components/invoices/invoice-summary"
import { useInvoice } from "../../../hooks/use-invoices"
import { useUnitNames } from "../../../hooks/use-unit-names"

const InvoiceDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: invoice, isLoading, isError, error, refetch } = useInvoice(id)
  const unitNames = useUnitNames()

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingState label="Loading invoice…" />
      </Container>
    )
  }
  if (isError || !invoice) {
    return (
      <div className="flex flex-col gap-y-3">
        <BackLink to="/invoices" label="Invoices" />
        <Container className="p-0">
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the invoice" />
        </Container>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="invoice-page">
      <div className="flex items-center justify-between">
        <BackLink to="/invoices" label="Invoices" />
        <Button size="small" variant="transparent" asChild>
          <Link to={`/business-units/${invoice.credit_holder_id}/statement`} data-testid="invoice-statement-link">
            Statement of {unitNames.get(invoice.credit_holder_id) ?? "the unit"}
          </Link>
        </Button>
      </div>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <InvoiceLinesSection invoice={invoice} />
          <InvoicePaymentsSection invoice={invoice} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <InvoiceSummary
            invoice={invoice}
            unitName={unitNames.get(invoice.business_unit_id)}
            holderName={unitNames.get(invoice.credit_holder_id)}
          />
        </div>
      </div>
    </div>
  )
}

export default InvoiceDetailPage
