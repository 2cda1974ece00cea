import { ReactNode } from "react"
import { useUnitSession } from "../session/session-context"

/** A page for roles with at least one of the permissions; others see why they cannot use it. */
export function Permitted({ anyOf, children }: { anyOf: string[]; children: ReactNode }) {
  const { canAny, activeUnit } = useUnitSession()
  if (canAny(...anyOf)) return <>{children}</>
  return (
    <div className="card empty-state" data-testid="forbidden">
      <h1>You do not have access to this page</h1>
      <p className="muted">Your role in {activeUnit.name} does not include this. Ask your company's administrator if you need it.</p>
    </div>
  )
}
