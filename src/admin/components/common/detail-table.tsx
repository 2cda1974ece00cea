import { Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

type Column = { label: string; align?: "right" }

/** A compact table inside an expanded row, or `emptyText` when there are no rows; either carries `testId`. */
export function DetailTable<T>({
  rows,
  columns,
  testId,
  emptyText,
  children: renderRow,
}: {
  rows: T[]
  columns: Column[]
  testId: string
  emptyText: string
  children: (row: T) => ReactNode
}) {
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid={testId}>
        {emptyText}
      </Text>
    )
  }
  return (
    <table className="w-full txt-compact-small" data-testid={testId}>
      <thead>
        <tr className="text-ui-fg-subtle text-left">
          {columns.map((column, index) => (
            <th key={index} className={clx("py-1", index < columns.length - 1 && "pr-4", column.align === "right" && "text-right", "font-medium")}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(renderRow)}</tbody>
    </table>
  )
}
