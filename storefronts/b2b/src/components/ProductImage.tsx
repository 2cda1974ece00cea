import { useState } from "react"

/** A product picture, or a neutral tile when there is none or it fails to load. */
export function ProductImage({ src, className }: { src: string | null | undefined; className: string }) {
  const [failed, setFailed] = useState(false)
  if (!src || failed) return <span className={`${className} placeholder`} aria-hidden />
  return <img src={src} alt="" className={className} loading="lazy" onError={() => setFailed(true)} />
}
