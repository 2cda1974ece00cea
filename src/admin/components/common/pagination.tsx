import { Table } from "@medusajs/ui"

/** Table pagination driven by limit/offset. */
export function OffsetPagination({
  count,
  limit,
  offset,
  onChange,
}: {
  count: number
  limit: number
  offset: number
  onChange: (offset: number) => void
}) {
  const pageCount = Math.max(1, Math.ceil(count / limit))
  const pageIndex = Math.floor(offset / limit)
  return (
    <Table.Pagination
      count={count}
      pageSize={limit}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => onChange(Math.max(0, offset - limit))}
      nextPage={() => onChange(offset + limit)}
    />
  )
}
