import { Button, Container, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { AddressesSection } from "../../../components/business-units/addresses-section"
import { AssociatesSection } from "../../../components/business-units/associates-section"
import { BudgetsSection } from "../../../components/business-units/budgets-section"
import { DivisionsSection } from "../../../components/business-units/divisions-section"
import { PaymentTermsSection } from "../../../components/business-units/payment-terms-section"
import { PendingInvitesSection } from "../../../components/business-units/pending-invites-section"
import { PricingSection } from "../../../components/business-units/pricing-section"
import { RecurringOrdersSection } from "../../../components/business-units/recurring-orders-section"
import { ShoppingListsSection } from "../../../components/business-units/shopping-lists-section"
import { TaxSection } from "../../../components/business-units/tax-section"
import { UnitDetailsSection } from "../../../components/business-units/unit-details-section"
import { UnitInvoicesSection } from "../../../components/business-units/unit-invoices-section"
import { UnitOrdersSection } from "../../../components/business-units/unit-orders-section"
import { BackLink } from "../../../components/common/back-link"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { Section } from "../../../components/common/section"
import { useBusinessUnit, useBusinessUnits } from "../../../hooks/use-business-units"

const BusinessUnitDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: unit, isLoading, isError, error, refetch } = useBusinessUnit(id)
  const { data: units } = useBusinessUnits()
  const parentName = unit?.parent_id ? units?.find((u) => u.id === unit.parent_id)?.name : null

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingState label="Loading business unit…" />
      </Container>
    )
  }
  if (isError || !unit) {
    return (
      <div className="flex flex-col gap-y-3">
        <BackLink to="/business-units" label="Business units" />
        <Container className="p-0">
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the business unit" />
        </Container>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="business-unit-page">
      <BackLink to="/business-units" label="Business units" />
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3">
          <UnitDetailsSection unit={unit} parentName={parentName} />
          <AssociatesSection unitId={unit.id} associates={unit.associates} />
          <PendingInvitesSection unitId={unit.id} />
          <BudgetsSection unit={unit} />
          <AddressesSection unitId={unit.id} addresses={unit.addresses} />
          <UnitOrdersSection unitId={unit.id} />
          <UnitInvoicesSection unitId={unit.id} />
          <ShoppingListsSection unitId={unit.id} />
          <RecurringOrdersSection unitId={unit.id} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <PaymentTermsSection unit={unit} />
          <TaxSection unitId={unit.id} />
          <DivisionsSection unit={unit} />
          <PricingSection unit={unit} />
          <Section
            title="Approval rules"
            actions={
              <Button size="small" variant="transparent" asChild>
                <Link to={`/approvals?unit=${unit.id}`} data-testid="approval-rules-link">
                  Manage
                </Link>
              </Button>
            }
          >
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              Rules that make this unit's orders wait for approval, and the approval history.
            </Text>
          </Section>
        </div>
      </div>
    </div>
  )
}

export default BusinessUnitDetailPage
