import { FormEvent, useEffect, useState } from "react"
import { useLocation, useNavigate, useSearchParams } from "react-router"

/** The shop's one search field (in the header), kept in step with ?q= on the listing page. */
export function SearchBox() {
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const activeQuery = pathname === "/products" ? params.get("q") ?? "" : ""
  const [text, setText] = useState(activeQuery)

  useEffect(() => setText(activeQuery), [activeQuery])

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
        placeholder="Search coffee, tea, gear…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="search-input"
      />
      <button type="submit" aria-label="Search">Search</button>
    </form>
  )
}
