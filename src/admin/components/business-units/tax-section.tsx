import { useTaxProfile } from "../../hooks/use-tax-profile"
import { ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { ResaleCertificateForm } from "./resale-certificate-form"
import { VatIdForm } from "./vat-id-form"

/** The unit's tax standing: its VAT id and US resale certificate, each verified by hand with its date. */
export function TaxSection({ unitId }: { unitId: string }) {
  const { data: profile, isLoading, isError, error, refetch } = useTaxProfile(unitId)
  return (
    <Section title="Tax" description="Verification is your manual check of the document; changing it removes the check." data-testid="tax-section">
      {isLoading ? (
        <LoadingState label="Loading tax details…" rows={2} />
      ) : isError || !profile ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <VatIdForm unitId={unitId} profile={profile} />
          <ResaleCertificateForm unitId={unitId} exemption={profile.exemption} />
        </>
      )}
    </Section>
  )
}
