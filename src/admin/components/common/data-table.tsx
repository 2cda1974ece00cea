import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"

type Column = { label: string; align?: "right" }

/** A section's table: the column headings, then one row per item as `children` draws it. */
export function DataTable<T>({ columns, rows, children: renderRow }: { columns: Column[]; rows: T[]; children: (row: T) => ReactNode }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {columns.map((column) => (
            <Table.HeaderCell key={column.label} className={column.align === "right" ? "text-right" : undefined}>
              {column.label}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>{rows.map(renderRow)}</Table.Body>
    </Table>
  )
}
