/** Previous / next through a list the backend pages (offset + limit), shown only when needed. */
export function Pager({ count, offset, pageSize, onOffset }: { count: number; offset: number; pageSize: number; onOffset: (offset: number) => void }) {
  if (count <= pageSize) return null
  return (
    <div className="row pagination">
      <button className="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>Previous</button>
      <span className="muted">{offset + 1}–{Math.min(offset + pageSize, count)} of {count}</span>
      <button className="secondary" disabled={offset + pageSize >= count} onClick={() => onOffset(offset + pageSize)}>Next</button>
    </div>
  )
}
