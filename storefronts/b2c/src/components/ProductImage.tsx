import { useState } from "react"

/** A product photo that degrades to a neutral tile when the image is missing or fails to load. */
export function ProductImage({ src, alt, className }: { src: string | null | undefined; alt: string; className?: string }) {
  const [failed, setFailed] = useState(false)
  const classes = ["product-image", className].filter(Boolean).join(" ")
  if (!src || failed) {
    return (
      <div className={`${classes} product-image-placeholder`} role="img" aria-label={alt}>
        <span aria-hidden>{alt.slice(0, 1).toUpperCase()}</span>
      </div>
    )
  }
  return <img className={classes} src={src} alt={alt} loading="lazy" onError={() => setFailed(true)} />
}
