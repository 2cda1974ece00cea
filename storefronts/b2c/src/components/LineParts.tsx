import { ReactNode, useState } from "react"
import { Link } from "react-router"
import { errorMessage } from "@storefronts/shared"
import { ProductImage } from "./ProductImage"

/**
 * Changes to a cart or wish-list line: busy while one runs, its error shown on the line.
 * `takeError` answers true for an error the caller deals with itself (asking to sign in).
 */
export function useLineChange(takeError?: (err: unknown) => boolean) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(change: () => Promise<void>) {
    setBusy(true)
    setError(null)
    try {
      await change()
    } catch (err) {
      if (!takeError?.(err)) setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return { busy, error, run }
}

/** The picture and the title (a link to the product when there is one) that start a line, its details below them. */
export function LineProduct({ thumbnail, title, link, children }: { thumbnail: string | null | undefined; title: string; link: string | null; children: ReactNode }) {
  return (
    <>
      <ProductImage src={thumbnail} alt={title} className="cart-line-image" />
      <div className="cart-line-info">
        {link ? <Link to={link} className="cart-line-title">{title}</Link> : <span className="cart-line-title">{title}</span>}
        {children}
      </div>
    </>
  )
}
