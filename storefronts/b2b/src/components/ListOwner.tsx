import type { ShoppingListSummary } from "../api/shopping-lists"
import { useUnitSession } from "../session/session-context"

/** Who keeps a list: "You", else the colleague's name or email. */
export function ListOwner({ owner }: { owner: ShoppingListSummary["owner"] }) {
  const { customer } = useUnitSession()
  if (owner.customer_id === customer.id) return <span data-testid="list-owner">You</span>
  return (
    <span data-testid="list-owner" title={owner.email ?? undefined}>
      {owner.name || owner.email || "A colleague"}
    </span>
  )
}
