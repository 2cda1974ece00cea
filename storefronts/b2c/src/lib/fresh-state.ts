import { AsyncState } from "@storefronts/shared"

/**
 * useAsync keeps the previous answer while a new request runs. Screens whose request depends on
 * the URL use this instead, so they never show one product or search's results under another's URL.
 */
export function freshOnly<T>(state: AsyncState<T>): AsyncState<T> {
  return state.loading ? { ...state, data: undefined } : state
}
