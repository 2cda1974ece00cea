import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Table } from "@medusajs/ui"
import type { ComponentPropsWithoutRef, ReactNode } from "react"

/** A table whose rows open a detail row: a narrow first column for the toggles, then `headers`. */
export function ExpandableTable({ headers, children }: { headers: ReactNode; children: ReactNode }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell className="w-8" />
          {headers}
        </Table.Row>
      </Table.Header>
      <Table.Body>{children}</Table.Body>
    </Table>
  )
}

type ExpandableRowProps = Omit<ComponentPropsWithoutRef<typeof Table.Row>, "onClick" | "className"> & {
  expanded: boolean
  onToggle: () => void
  /** What the row opens, for the toggle's label: "Show …" / "Hide …". */
  toggleLabel: string
  toggleTestId: string
  /** The table's column count, the toggle column included: the detail cell spans them all. */
  colSpan: number
  detail: ReactNode
}

/** A row of an ExpandableTable: a click on it or on its toggle opens `detail` below it. Other props go to the row. */
export function ExpandableRow({ expanded, onToggle, toggleLabel, toggleTestId, colSpan, detail, children, ...rowProps }: ExpandableRowProps) {
  return (
    <>
      <Table.Row className="cursor-pointer" onClick={onToggle} {...rowProps} data-expanded={expanded ? "true" : "false"}>
        <Table.Cell>
          <button
            type="button"
            className="text-ui-fg-muted flex items-center"
            aria-expanded={expanded}
            aria-label={`${expanded ? "Hide" : "Show"} ${toggleLabel}`}
            onClick={(event) => {
              event.stopPropagation()
              onToggle()
            }}
            data-testid={toggleTestId}
          >
            {expanded ? <TriangleDownMini /> : <TriangleRightMini />}
          </button>
        </Table.Cell>
        {children}
      </Table.Row>
      {expanded && (
        <Table.Row className="hover:bg-transparent">
          {/* Table.Cell does not type colSpan: a plain cell spans the row. */}
          <td colSpan={colSpan} className="bg-ui-bg-subtle px-6 py-3">
            {detail}
          </td>
        </Table.Row>
      )}
    </>
  )
}
