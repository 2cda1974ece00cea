import { Badge, Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteUnitAddress } from "../../hooks/use-unit-team"
import type { UnitAddress } from "../../../lib/business/contract"
import { EmptyState } from "../common/page-states"
import { RowActions } from "../common/row-actions"
import { Section } from "../common/section"
import { useConfirmedAction } from "../common/use-confirmed-action"
import { AddressReceivingProfile } from "../deliveries/address-receiving-profile"
import { AddressFormDrawer } from "./address-form-drawer"

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

/** The unit's addresses, kept by the merchant here and by the unit's admins in the B2B portal. */
export function AddressesSection({ unitId, addresses }: { unitId: string; addresses: UnitAddress[] }) {
  const [target, setTarget] = useState<UnitAddress | "new" | null>(null)
  const remove = useDeleteUnitAddress(unitId)
  const confirmRemove = useConfirmedAction(
    (address: UnitAddress, callbacks) => remove.mutate(address.id, callbacks),
    (address) => ({
      title: "Delete address?",
      description: `${address.label ?? address.address_1} will no longer be offered to the unit's buyers.`,
      confirmText: "Delete",
      done: "Address deleted",
    })
  )

  return (
    <Section
      title="Addresses"
      description="Also kept by the unit's admins in the B2B portal."
      actions={
        <Button size="small" variant="secondary" onClick={() => setTarget("new")} data-testid="add-unit-address">
          Add address
        </Button>
      }
      data-testid="addresses-section"
    >
      {addresses.length === 0 ? (
        <EmptyState title="No addresses" />
      ) : (
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          {addresses.map((address) => (
            <div key={address.id} className="flex flex-col gap-y-1 rounded-md border p-3" data-testid="unit-address" data-address-id={address.id}>
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
              <AddressReceivingProfile unitId={unitId} addressId={address.id} addressLabel={address.label ?? address.address_1} />
              <RowActions
                className="-mb-1 -mr-2"
                edit={{ label: "Edit", onClick: () => setTarget(address), testId: "edit-unit-address" }}
                remove={{ label: "Delete", onClick: () => confirmRemove(address), testId: "delete-unit-address" }}
              />
            </div>
          ))}
        </div>
      )}
      <AddressFormDrawer unitId={unitId} target={target} onClose={() => setTarget(null)} />
    </Section>
  )
}
