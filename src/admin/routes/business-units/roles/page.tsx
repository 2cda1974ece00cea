import { BusinessRolesSection } from "../../../components/business-units/business-roles-section"
import { BackLink } from "../../../components/common/back-link"

const BusinessRolesPage = () => (
  <div className="flex flex-col gap-y-3">
    <BackLink to="/business-units" label="Business units" />
    <BusinessRolesSection />
  </div>
)

export default BusinessRolesPage
