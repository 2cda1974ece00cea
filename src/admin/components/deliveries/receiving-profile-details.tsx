import { Text } from "@medusajs/ui"
import { receivingWindowsLabel, siteContactLabel } from "../../lib/delivery"
import type { ReceivingProfileView } from "../../../lib/delivery/contract"

/**
 * How an address receives goods, as compact "label value" lines: dock instructions, pallets,
 * site contact, notes and (with `showWindows`) the weekly receiving windows.
 */
export function ReceivingProfileDetails({ profile, showWindows = false, testId = "receiving-profile" }: { profile: ReceivingProfileView | null; showWindows?: boolean; testId?: string }) {
  if (!profile) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid={testId} data-profile="none">
        No receiving profile
      </Text>
    )
  }
  const rows: { label: string; value: string; key: string }[] = [
    ...(showWindows ? [{ key: "windows", label: "Receives", value: receivingWindowsLabel(profile.windows).join("; ") }] : []),
    { key: "dock", label: "Dock", value: profile.dock_instructions ?? "-" },
    { key: "pallets", label: "Pallets", value: profile.accepts_pallets ? "Yes" : "No" },
    { key: "contact", label: "Contact", value: siteContactLabel(profile) ?? "-" },
    ...(profile.notes ? [{ key: "notes", label: "Notes", value: profile.notes }] : []),
  ]
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 txt-compact-small" data-testid={testId} data-profile="set">
      {rows.map((row) => (
        <div key={row.key} className="contents" data-testid={`${testId}-${row.key}`}>
          <dt className="text-ui-fg-subtle">{row.label}</dt>
          <dd className="text-ui-fg-base whitespace-pre-line">{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
