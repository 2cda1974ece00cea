import { Link } from "react-router"
import { usePageTitle } from "../lib/page-title"

export function NotFoundPage() {
  usePageTitle("Page not found")
  return (
    <div className="empty-state card">
      <h1>Page not found</h1>
      <p className="muted">The page you were looking for does not exist.</p>
      <Link to="/" className="button">Back to the shop</Link>
    </div>
  )
}
