import { useState } from "react"
import { errorMessage } from "../../lib/errors"
import { hasErrors } from "../../lib/validation"

type FieldErrors = Record<string, string | undefined>

/**
 * The state every form drawer needs: open/closed, values reset to `initial()` on each opening,
 * client-side errors from `validate`, and the backend's message when the request fails.
 */
export function useFormDrawer<V, E extends FieldErrors>(initial: () => V, validate: (values: V) => E) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<E>>({})
  const [serverError, setServerError] = useState<string | null>(null)

  const openDrawer = (next: boolean) => {
    setOpen(next)
    if (next) {
      setValues(initial())
      setErrors({})
      setServerError(null)
    }
  }

  /** Runs `send` with the values when they pass validation; `fail` shows the backend's message. */
  const submitWith = (send: (values: V, fail: (error: unknown) => void) => void) => {
    const found = validate(values)
    setErrors(found)
    if (hasErrors(found)) return
    setServerError(null)
    send(values, (error) => setServerError(errorMessage(error)))
  }

  return { open, openDrawer, close: () => setOpen(false), values, setValues, errors, serverError, submitWith }
}
