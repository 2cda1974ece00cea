import { Container } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { BackLink } from "../../../components/common/back-link"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { QuoteOfferForm } from "../../../components/quotes/quote-offer-form"
import { QuoteSummary } from "../../../components/quotes/quote-summary"
import { QuoteThread } from "../../../components/quotes/quote-thread"
import { useQuote } from "../../../hooks/use-quotes"
import { useUnitNames } from "../../../hooks/use-unit-names"

const QuoteDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: quote, isLoading, isError, error, refetch } = useQuote(id)
  const unitNames = useUnitNames()

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingState label="Loading quote…" />
      </Container>
    )
  }
  if (isError || !quote) {
    return (
      <div className="flex flex-col gap-y-3">
        <BackLink to="/quotes" label="Quotes" />
        <Container className="p-0">
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the quote" />
        </Container>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="quote-page">
      <BackLink to="/quotes" label="Quotes" />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <QuoteOfferForm quote={quote} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <QuoteSummary quote={quote} unitName={unitNames.get(quote.business_unit_id)} />
          <QuoteThread quoteId={quote.id} />
        </div>
      </div>
    </div>
  )
}

export default QuoteDetailPage
