import { ReactNode } from "react"
import { AsyncState } from "./use-async"

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="row muted" role="status">
      <span className="spinner" aria-hidden /> {label}
    </p>
  )
}

export function ErrorBox({ message }: { message: string | null | undefined }) {
  return message ? <p className="error" role="alert">{message}</p> : null
}

/** Loading, error or the content of an async state, so every screen handles all three. */
export function Async<T>({ state, children, empty }: { state: AsyncState<T>; children: (data: T) => ReactNode; empty?: (data: T) => boolean }) {
  if (state.loading && state.data === undefined) return <Loading />
  if (state.error) return <ErrorBox message={state.error} />
  if (state.data === undefined) return null
  if (empty?.(state.data)) return <p className="muted">Nothing here yet.</p>
  return <>{children(state.data)}</>
}
