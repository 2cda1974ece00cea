import { useParams } from "react-router-dom"
import { BackLink } from "../../../../components/common/back-link"
import { StatementView } from "../../../../components/invoices/statement-view"
import { useBusinessUnit } from "../../../../hooks/use-business-units"

const UnitStatementPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: unit } = useBusinessUnit(id)
  if (!id) return null
  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to={`/business-units/${id}`} label={unit?.name ?? "Business unit"} />
      <StatementView unitId={id} unitName={unit?.name} />
    </div>
  )
}

export default UnitStatementPage
