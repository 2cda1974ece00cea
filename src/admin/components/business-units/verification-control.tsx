import { Button, StatusBadge, Text } from "@medusajs/ui"
import { formatDate } from "../../lib/format"

type Props = {
  verifiedAt: string | null
  /** Why verifying is not possible now (nothing saved, unsaved edits); null when it is. */
  blockedBy: string | null
  pending: boolean
  onChange: (verified: boolean) => void
  testId: string
}

/** The merchant's dated mark on one tax document, and the button that gives or takes it back. */
export function VerificationControl({ verifiedAt, blockedBy, pending, onChange, testId }: Props) {
  return (
    <div className="flex flex-col gap-y-1" data-testid={testId}>
      <div className="flex items-center justify-between gap-x-3">
        <StatusBadge color={verifiedAt ? "green" : "grey"} data-testid={`${testId}-status`}>
          {verifiedAt ? `Verified on ${formatDate(verifiedAt)}` : "Not verified"}
        </StatusBadge>
        <Button
          type="button"
          size="small"
          variant="secondary"
          isLoading={pending}
          disabled={!!blockedBy}
          onClick={() => onChange(!verifiedAt)}
          data-testid={`${testId}-toggle`}
        >
          {verifiedAt ? "Remove verification" : "Verify"}
        </Button>
      </div>
      {blockedBy && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {blockedBy}
        </Text>
      )}
    </div>
  )
}
