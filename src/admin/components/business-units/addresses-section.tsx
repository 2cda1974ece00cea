import { Badge, Text } from "@medusajs/ui"
import type { UnitAddress } from "../../../lib/business/contract"
import { EmptyState } from "../common/page-states"
import { Section } from "../common/section"

const lines = (a: UnitAddress) =>
  [
    a.company,
    [a.first_name, a.last_name].filter(Boolean).join(" "),
    a.address_1,
    a.address_2,
    [a.postal_code, a.city].filter(Boolean).join(" "),
    [a.province, a.country_code?.toUpperCase()].filter(Boolean).join(", "),
    a.phone,
  ].filter(Boolean) as string[]

/** The unit's addresses; the company's admins maintain them in the B2B portal. */
export function AddressesSection({ addresses }: { addresses: UnitAddress[] }) {
  return (
    <Section title="Addresses" description="Maintained by the unit's admins in the B2B portal." data-testid="addresses-section">
      {addresses.length === 0 ? (
        <EmptyState title="No addresses" />
      ) : (
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          {addresses.map((address) => (
            <div key={address.id} className="flex flex-col gap-y-1 rounded-md border p-3" data-testid="unit-address">
              <div className="flex flex-wrap items-center gap-1">
                <Text size="small" weight="plus">
                  {address.label ?? "Address"}
                </Text>
                {address.is_default_shipping && (
                  <Badge size="2xsmall" color="green">
                    Default shipping
                  </Badge>
                )}
                {address.is_default_billing && (
                  <Badge size="2xsmall" color="blue">
                    Default billing
                  </Badge>
                )}
              </div>
              {lines(address).map((line, i) => (
                <Text key={i} size="small" className="text-ui-fg-subtle">
                  {line}
                </Text>
              ))}
            </div>
          ))}
        </div>
      )}
    </Section>
  )
}
