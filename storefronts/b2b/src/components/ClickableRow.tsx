import { ComponentProps } from "react"
import { Link, LinkProps, useNavigate } from "react-router"

/** A row of a `table.clickable` that opens `to` wherever it is clicked; its RowLink is the link proper. */
export function ClickableRow({ to, ...row }: { to: string } & Omit<ComponentProps<"tr">, "onClick">) {
  const navigate = useNavigate()
  return <tr {...row} onClick={() => navigate(to)} />
}

/** The link in a ClickableRow: it opens the page itself, so the row's click stays out of it. */
export function RowLink(props: Omit<LinkProps, "onClick">) {
  return <Link {...props} onClick={(e) => e.stopPropagation()} />
}
