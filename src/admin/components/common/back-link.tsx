import { ArrowLeft } from "@medusajs/icons"
import { Link } from "react-router-dom"

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small flex w-fit items-center gap-x-1" data-testid="back-link">
      <ArrowLeft />
      {label}
    </Link>
  )
}
