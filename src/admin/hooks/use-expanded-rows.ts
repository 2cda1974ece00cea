import { useState } from "react"

/** Which rows of a table are open, by id: `toggle` opens a closed row and closes an open one. */
export function useExpandedRows() {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  return { isExpanded: (id: string) => open.has(id), toggle }
}
