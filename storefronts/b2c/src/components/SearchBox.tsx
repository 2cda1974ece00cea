import { FormEvent, useEffect, useState } from "react"
import { useLocation, useNavigate, useSearchParams } from "react-router"

/** The shop's one search field (in the header), kept in step with ?q= on the listing page. */
export function SearchBox() {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const activeQuery = pathname === "/products" ? params.get("q") ?? "" : ""
  const [text, setText] = useState(activeQuery)

  useEffect(() => {
    setText(activeQuery)
  }, [activeQuery])

  function submit(event: FormEvent) {
    event.preventDefault()
    const query = text.trim()
    navigate(query ? `/products?q=${encodeURIComponent(query)}` : "/products")
  }

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input
        type="search"
        name="q"
        aria-label="Search products"
        placeholder="Search products…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="search-input"
      />
      <button type="submit" aria-label="Search">
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  )
}
