import { Link } from "react-router-dom"

type Owner = { customer_id: string; name: string | null; email: string | null }

/** The customer who keeps a list or schedule, linked to their page; inside a clickable row, the click stays with the link. */
export function OwnerLink({ owner, testId }: { owner: Owner; testId: string }) {
  return (
    <Link
      to={`/customers/${owner.customer_id}`}
      className="text-ui-fg-interactive hover:underline"
      onClick={(event) => event.stopPropagation()}
      data-testid={testId}
    >
      {owner.name || owner.email || owner.customer_id}
    </Link>
  )
}
