import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useReceivingProfiles } from "../../hooks/use-deliveries"
import { errorMessage } from "../../lib/errors"
import { ReceivingProfileDetails } from "./receiving-profile-details"
import { ReceivingProfileDrawer, type ReceivingProfileTarget } from "./receiving-profile-drawer"

/**
 * On a unit address's card: how the address receives goods, and Edit. The unit's profiles are
 * read once (one query shared by all its address cards).
 */
export function AddressReceivingProfile({ unitId, addressId, addressLabel }: { unitId: string; addressId: string; addressLabel: string }) {
  const { data: profiles, isLoading, isError, error } = useReceivingProfiles(unitId)
  const [target, setTarget] = useState<ReceivingProfileTarget | null>(null)
  const profile = profiles?.get(addressId) ?? null

  return (
    <div className="mt-2 flex flex-col gap-y-1 border-t pt-2" data-testid="address-receiving">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Receiving
        </Text>
        <Button
          size="small"
          variant="transparent"
          className="-mr-2"
          disabled={isLoading || isError}
          onClick={() => setTarget({ addressId, addressLabel, profile })}
          aria-label={`${profile ? "Edit" : "Set"} receiving of ${addressLabel}`}
          data-testid="edit-receiving-profile"
        >
          {profile ? "Edit" : "Set"}
        </Button>
      </div>
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle">
          Loading…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {errorMessage(error, "Could not load the receiving profile")}
        </Text>
      ) : (
        <ReceivingProfileDetails profile={profile} showWindows />
      )}
      <ReceivingProfileDrawer unitId={unitId} target={target} onClose={() => setTarget(null)} />
    </div>
  )
}
