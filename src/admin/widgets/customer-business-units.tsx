import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { RoleBadges } from "../components/business-units/role-badges"
import { EmptyState, ErrorState, LoadingState } from "../components/common/page-states"
import { Section } from "../components/common/section"
import { UnitStatusBadge } from "../components/common/status-badges"
import { useCustomerMemberships } from "../hooks/use-customer-memberships"

/** On a customer's page: the business units they act for, with their roles in each. */
const CustomerBusinessUnitsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data: memberships, isLoading, isError, error, refetch } = useCustomerMemberships(customer.id)
  return (
    <Section
      title="Business units"
      description="Units this customer buys for on the wholesale channel (↓ = role also in the divisions)."
      data-testid="customer-b2b-widget"
    >
      {isLoading ? (
        <LoadingState label="Looking up memberships…" rows={1} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !memberships?.length ? (
        <EmptyState title="Not an associate of any business unit" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Unit</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Roles</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {memberships.map(({ unit, associate }) => (
              <Table.Row key={associate.id} data-testid="customer-membership" data-unit-id={unit.id}>
                <Table.Cell>
                  <Link to={`/business-units/${unit.id}`} className="text-ui-fg-interactive hover:underline">
                    {unit.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={unit.parent_id ? "blue" : "purple"}>
                    {unit.parent_id ? "Division" : "Company"}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <UnitStatusBadge status={unit.status} />
                </Table.Cell>
                <Table.Cell>
                  <RoleBadges roles={associate.roles} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerBusinessUnitsWidget
