import { Link } from "react-router"
import { EmptyState } from "../components/EmptyState"
import { usePageTitle } from "../lib/page-title"

export function NotFoundPage() {
  usePageTitle("Not found")
  return (
    <EmptyState title="Page not found" testId="not-found">
      <p className="muted">This address does not lead anywhere in the portal.</p>
      <Link to="/" className="button">Go to the catalog</Link>
    </EmptyState>
  )
}
