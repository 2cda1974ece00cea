import { Link, useSearchParams } from "react-router"

/** Previous / next links that keep the rest of the listing's query (search, category). */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const [params] = useSearchParams()
  if (pageCount <= 1) return null

  const linkTo = (target: number) => {
    const next = new URLSearchParams(params)
    if (target <= 1) next.delete("page")
    else next.set("page", String(target))
    return `/products?${next.toString()}`
  }

  return (
    <nav className="pagination row" aria-label="Pages">
      {page > 1 ? <Link to={linkTo(page - 1)} className="button secondary">← Previous</Link> : <span />}
      <span className="muted">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link to={linkTo(page + 1)} className="button secondary">Next →</Link> : <span />}
    </nav>
  )
}
