import { DependencyList, useCallback, useEffect, useState } from "react"
import { errorMessage } from "./sdk"

export type AsyncState<T> = { data: T | undefined; error: string | null; loading: boolean; reload: () => void }

/** Runs a loader when its dependencies change and keeps loading / error / data for the screen. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: string | null; loading: boolean }>({ data: undefined, error: null, loading: true })
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true, error: null }))
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error) => current && setState({ data: undefined, error: errorMessage(error), loading: false })
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { ...state, reload }
}
