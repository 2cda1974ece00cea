import { useState } from "react"
import { Async, ErrorBox, useAsync } from "@storefronts/shared"
import type { UnitAddress } from "../../../../src/lib/business/contract"
import { listReceivingProfiles, ReceivingProfileView } from "../api/delivery"
import { listUnitAddresses } from "../api/recurring-orders"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { ReceivingProfileFacts, ReceivingProfileForm } from "../components/ReceivingProfile"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

/** The unit's addresses, each with how it receives deliveries; roles that update the unit edit that. */
export function AddressesPage() {
  usePageTitle("Addresses")
  const { activeUnit, unitHeaders } = useUnitSession()
  const addresses = useAsync(() => listUnitAddresses(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  const profiles = useAsync(() => listReceivingProfiles(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  return (
    <div className="stack">
      <PageHeader title="Addresses" subtitle={`Where ${activeUnit.name} receives deliveries, and when`} />
      <Async state={addresses}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No addresses yet" testId="addresses-empty">
              <p className="muted">Your company's administrator adds the unit's delivery addresses.</p>
            </EmptyState>
          ) : (
            <div className="address-cards">
              {list.map((address) => (
                <AddressCard
                  key={address.id}
                  address={address}
                  profile={profiles.data?.find((p) => p.address_id === address.id) ?? null}
                  profilesLoading={profiles.loading && profiles.data === undefined}
                  profilesError={profiles.error}
                  onSaved={profiles.reload}
                />
              ))}
            </div>
          )
        }
      </Async>
    </div>
  )
}

function AddressCard({ address, profile, profilesLoading, profilesError, onSaved }: { address: UnitAddress; profile: ReceivingProfileView | null; profilesLoading: boolean; profilesError: string | null; onSaved: () => void }) {
  const { can } = useUnitSession()
  const [editing, setEditing] = useState(false)
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  return (
    <section className="card stack" data-testid="unit-address" data-address-id={address.id}>
      <div className="spread">
        <h2>{address.label ?? address.company ?? address.address_1}</h2>
        <div className="chips">
          {address.is_default_shipping && <span className="badge badge-ok">Default delivery</span>}
          {address.is_default_billing && <span className="badge badge-neutral">Default billing</span>}
        </div>
      </div>
      <address>
        {address.company && <>{address.company}<br /></>}
        {name && <>{name}<br /></>}
        {address.address_1}
        {address.address_2 && <>, {address.address_2}</>}
        <br />
        {address.postal_code} {address.city}, {address.country_code.toUpperCase()}
        {address.phone && <><br />{address.phone}</>}
      </address>
      <h3>Receiving</h3>
      {profilesLoading ? (
        <p className="muted">Loading…</p>
      ) : profilesError ? (
        <ErrorBox message={profilesError} />
      ) : editing ? (
        <ReceivingProfileForm
          addressId={address.id}
          profile={profile}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            onSaved()
          }}
        />
      ) : (
        <>
          <ReceivingProfileFacts profile={profile} />
          {can("unit.update") && (
            <div>
              <button type="button" className="secondary small" data-testid="edit-receiving-profile" onClick={() => setEditing(true)}>
                {profile ? "Edit receiving profile" : "Set receiving profile"}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  )
}
