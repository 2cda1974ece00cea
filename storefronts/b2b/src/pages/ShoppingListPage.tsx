import { FormEvent, useState } from "react"
import { Link, useNavigate, useParams } from "react-router"
import { Async, ErrorBox, errorMessage, formatMoney, Loading, PriceTaxNote, useAsync } from "@storefronts/shared"
import { bulkAddLines } from "../api/bulk"
import {
  addListToCart,
  copyShoppingList,
  deleteShoppingList,
  getShoppingList,
  removeListItem,
  reorderListItems,
  ShoppingListItemView,
  ShoppingListView,
  statusOf,
  updateListItem,
  updateShoppingList,
} from "../api/shopping-lists"
import { useBulkIntoCart } from "../cart/use-bulk-into-cart"
import { BulkReport } from "../components/BulkReport"
import { EmptyState } from "../components/EmptyState"
import { ListOwner } from "../components/ListOwner"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { ProductImage } from "../components/ProductImage"
import { QuantityInput, useQuantityInput } from "../components/QuantityInput"
import { MakeRecurring } from "../components/RecurringOrderForm"
import { SkippedNotice } from "../components/SkippedNotice"
import { StatusBadge } from "../components/StatusBadge"
import { formatDateTime } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { regionForCurrency } from "../lib/region"
import { useUnitSession } from "../session/session-context"

export function ShoppingListPage() {
  usePageTitle("Shopping list")
  return (
    // The owner reads their own list; everyone else needs shopping_lists.view (the backend decides).
    <Permitted anyOf={["shopping_lists.view", "shopping_lists.manage_own"]}>
      <ListLoader />
    </Permitted>
  )
}

function ListLoader() {
  const { id = "" } = useParams()
  const { activeUnit, unitHeaders } = useUnitSession()
  // Items are priced for the caller in the unit's region: the company's price, as in the catalog.
  const loaded = useAsync(async () => {
    const region = await regionForCurrency(activeUnit.currency_code)
    const loadedFor = { id, regionId: region.id, currency: region.currency_code }
    try {
      return { ...loadedFor, list: await getShoppingList(id, region.id, unitHeaders()) }
    } catch (error) {
      // Missing, deleted, or another company's list: the backend answers 404 for all of them.
      if (statusOf(error) === 404) return { ...loadedFor, list: null }
      throw error
    }
  }, [id, activeUnit.currency_code, unitHeaders])

  return (
    <div className="stack">
      <Link to="/lists" className="muted">← All shopping lists</Link>
      <Async state={loaded}>
        {({ id: loadedId, list, regionId, currency }) =>
          // After "Copy" the route names the new list while the old one is still shown: wait for it.
          loadedId !== id ? (
            <Loading />
          ) : list ? (
            <ListDetail key={list.id} initial={list} regionId={regionId} currency={currency} />
          ) : (
            <EmptyState title="This list does not exist" testId="list-not-found">
              <p className="muted">It may have been deleted, or it belongs to another business unit.</p>
            </EmptyState>
          )
        }
      </Async>
    </div>
  )
}

type Mutation = (list: ShoppingListView) => Promise<ShoppingListView>

function ListDetail({ initial, regionId, currency }: { initial: ShoppingListView; regionId: string; currency: string }) {
  const { can, unitHeaders } = useUnitSession()
  const navigate = useNavigate()
  const [list, setList] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const bulk = useBulkIntoCart()
  const editable = list.may_manage
  const canCart = can("carts.update_own")
  const canCopy = can("shopping_lists.manage_own")
  const money = list.items.find((i) => i.currency_code)?.currency_code ?? currency

  /** Every change answers the list as it is now; the page shows that answer. */
  async function change(mutation: Mutation): Promise<boolean> {
    setBusy(true)
    setError(null)
    try {
      const next = await mutation(list)
      setList(next)
      setSelected((current) => new Set([...current].filter((id) => next.items.some((i) => i.id === id))))
      return true
    } catch (err) {
      setError(errorMessage(err))
      return false
    } finally {
      setBusy(false)
    }
  }

  function move(index: number, by: -1 | 1) {
    const ids = list.items.map((i) => i.id)
    const target = index + by
    if (target < 0 || target >= ids.length) return
    ;[ids[index], ids[target]] = [ids[target], ids[index]]
    void change((current) => reorderListItems(current.id, ids, regionId, unitHeaders()))
  }

  async function onCopy() {
    setBusy(true)
    setError(null)
    try {
      const copy = await copyShoppingList(list.id, undefined, unitHeaders())
      navigate(`/lists/${copy.shopping_list.id}`, { state: { skipped: copy.skipped } })
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  async function onDelete() {
    setBusy(true)
    setError(null)
    try {
      await deleteShoppingList(list.id, unitHeaders())
      navigate("/lists")
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  const toCart = (itemIds?: string[]) =>
    void bulk.run(itemIds ? `Adding ${itemIds.length} item${itemIds.length === 1 ? "" : "s"}…` : "Adding the list…", (cartId) => addListToCart(list.id, cartId, itemIds, unitHeaders()))

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const allSelected = list.items.length > 0 && list.items.every((i) => selected.has(i.id))
  const total = list.items.reduce((sum, i) => (i.sold && i.unit_price != null ? sum + i.unit_price * i.quantity : sum), 0)

  return (
    <div className="stack" data-testid="shopping-list" data-list-id={list.id} data-may-manage={list.may_manage}>
      <PageHeader
        title={list.name}
        subtitle={
          <>
            Kept by <ListOwner owner={list.owner} /> · {list.items.length} item{list.items.length === 1 ? "" : "s"} · changed {formatDateTime(list.updated_at)}
            {list.description && <><br />{list.description}</>}
          </>
        }
        actions={
          <ListActions
            list={list}
            busy={busy}
            canCopy={canCopy}
            onRename={(name, description) => change((current) => updateShoppingList(current.id, { name, description }, regionId, unitHeaders()))}
            onCopy={() => void onCopy()}
            onDelete={() => void onDelete()}
          />
        }
      />
      <SkippedNotice testId="list-skipped" />
      {!editable && <p className="muted">This is a colleague's list: you can add it to your cart or copy it, but not change it.</p>}
      <ErrorBox message={error} />
      {list.items.length === 0 ? (
        <EmptyState title="This list is empty" testId="list-empty">
          <p className="muted">{editable ? "Add products from the catalog with “+ List”." : "Its owner has not added anything yet."}</p>
          <Link to="/" className="button">Browse the catalog</Link>
        </EmptyState>
      ) : (
        <section className="card stack">
          {canCart && (
            <div className="list-toolbar">
              <div className="row">
                <button type="button" data-testid="list-add-all" disabled={bulk.busy} onClick={() => toCart()}>
                  Add the whole list to the cart
                </button>
                <button type="button" className="secondary" data-testid="list-add-selected" disabled={bulk.busy || selected.size === 0} onClick={() => toCart(list.items.filter((i) => selected.has(i.id)).map((i) => i.id))}>
                  Add selected ({selected.size}) to the cart
                </button>
              </div>
              {bulk.progress && (
                <span className="muted" role="status" data-testid="list-progress">
                  <progress /> {bulk.progress}
                </span>
              )}
            </div>
          )}
          <div className="table-wrap">
            <table className="list-items" data-testid="list-items">
              <thead>
                <tr>
                  {canCart && (
                    <th className="select-cell">
                      <input
                        type="checkbox"
                        className="inline-check"
                        aria-label="Select all items"
                        data-testid="select-all-items"
                        checked={allSelected}
                        onChange={(e) => setSelected(new Set(e.target.checked ? list.items.map((i) => i.id) : []))}
                      />
                    </th>
                  )}
                  <th>Product</th>
                  <th>SKU</th>
                  <th className="num">Unit price <PriceTaxNote channel="wholesale" currency={money} /></th>
                  <th>Availability</th>
                  <th className="num">Quantity</th>
                  <th className="num">Total</th>
                  {editable && <th aria-label="Actions" />}
                </tr>
              </thead>
              <tbody>
                {list.items.map((item, index) => (
                  <ListItemRow
                    key={`${item.id}:${item.quantity}:${item.note ?? ""}`}
                    item={item}
                    currency={money}
                    editable={editable}
                    busy={busy}
                    selectable={canCart}
                    selected={selected.has(item.id)}
                    onSelect={(on) => toggle(item.id, on)}
                    first={index === 0}
                    last={index === list.items.length - 1}
                    onMove={(by) => move(index, by)}
                    onSave={(update) => change((current) => updateListItem(current.id, item.id, update, regionId, unitHeaders()))}
                    onRemove={() => void change((current) => removeListItem(current.id, item.id, regionId, unitHeaders()))}
                  />
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={(canCart ? 1 : 0) + 5} className="num muted">Estimated total at today's prices</td>
                  <td className="num"><strong data-testid="list-total">{formatMoney(total, money)}</strong></td>
                  {editable && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      )}
      <ErrorBox message={bulk.error} />
      {bulk.report && (
        <BulkReport
          key={bulk.report.rows.map((r) => `${r.row}${r.status}`).join()}
          report={bulk.report}
          currency={money}
          busy={bulk.busy}
          onResubmit={(lines) => void bulk.run("Adding the corrected rows…", (cartId) => bulkAddLines(cartId, lines, unitHeaders()))}
        />
      )}
      {list.items.some((i) => i.sold) && <MakeRecurring source={{ shopping_list_id: list.id }} suggestedName={list.name} what="this list" />}
    </div>
  )
}

function ListActions({
  list,
  busy,
  canCopy,
  onRename,
  onCopy,
  onDelete,
}: {
  list: ShoppingListView
  busy: boolean
  canCopy: boolean
  onRename: (name: string, description: string | null) => Promise<boolean>
  onCopy: () => void
  onDelete: () => void
}) {
  const [mode, setMode] = useState<"idle" | "rename" | "confirm-delete">("idle")
  const [name, setName] = useState(list.name)
  const [description, setDescription] = useState(list.description ?? "")

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) return
    if (await onRename(name.trim(), description.trim() || null)) setMode("idle")
  }

  if (mode === "rename") {
    return (
      <form className="inline-form" onSubmit={onSubmit} data-testid="rename-form">
        <input aria-label="List name" name="list_name" data-testid="rename-name" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
        <input aria-label="Description" name="list_description" placeholder="Description" maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
        <button type="submit" className="small" data-testid="rename-save" disabled={busy || !name.trim()}>Save</button>
        <button type="button" className="secondary small" onClick={() => setMode("idle")}>Cancel</button>
      </form>
    )
  }
  if (mode === "confirm-delete") {
    return (
      <>
        <span className="muted">Delete “{list.name}” for everyone in the unit?</span>
        <button type="button" className="danger-solid small" data-testid="delete-list-confirm" disabled={busy} onClick={onDelete}>Delete</button>
        <button type="button" className="secondary small" onClick={() => setMode("idle")}>Keep it</button>
      </>
    )
  }
  return (
    <>
      {list.may_manage && <button type="button" className="secondary small" data-testid="rename-list" onClick={() => setMode("rename")}>Rename</button>}
      {canCopy && <button type="button" className="secondary small" data-testid="copy-list" disabled={busy} onClick={onCopy}>Copy</button>}
      {list.may_manage && <button type="button" className="secondary small danger" data-testid="delete-list" onClick={() => setMode("confirm-delete")}>Delete</button>}
    </>
  )
}

type RowProps = {
  item: ShoppingListItemView
  currency: string
  editable: boolean
  busy: boolean
  selectable: boolean
  selected: boolean
  onSelect: (on: boolean) => void
  first: boolean
  last: boolean
  onMove: (by: -1 | 1) => void
  onSave: (update: { quantity?: number; note?: string | null }) => Promise<boolean>
  onRemove: () => void
}

function ListItemRow({ item, currency, editable, busy, selectable, selected, onSelect, first, last, onMove, onSave, onRemove }: RowProps) {
  const [note, setNote] = useState(item.note ?? "")
  const [error, setError] = useState<string | null>(null)
  const quantity = useQuantityInput({ quantity: item.quantity, what: "item", onSave: (wanted) => onSave({ quantity: wanted }), onError: setError })
  const label = item.sku ?? item.product_title
  const price = item.sold && item.unit_price != null ? item.unit_price : null

  async function saveNote(event?: FormEvent) {
    event?.preventDefault()
    const wanted = note.trim() || null
    if (wanted === (item.note ?? null)) return
    if (!(await onSave({ note: wanted }))) setNote(item.note ?? "")
  }

  return (
    <tr data-testid="list-item" data-item-id={item.id} data-sku={item.sku ?? undefined} data-sold={item.sold} className={item.sold ? undefined : "unsold"}>
      {selectable && (
        <td className="select-cell">
          <input type="checkbox" className="inline-check" aria-label={`Select ${label}`} data-testid="select-item" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        </td>
      )}
      <td>
        <div className="line-product">
          <ProductImage src={item.sold ? item.thumbnail : null} className="line-thumb" />
          <div>
            <strong data-testid="item-title">{item.product_title}</strong>
            {item.variant_title && item.variant_title !== "Default" && <div className="muted">{item.variant_title}</div>}
            {editable ? (
              <form onSubmit={saveNote}>
                <input className="note-input" name="item_note" aria-label={`Note for ${label}`} data-testid="item-note" placeholder="Add a note" maxLength={500} value={note} disabled={busy} onChange={(e) => setNote(e.target.value)} onBlur={() => void saveNote()} />
              </form>
            ) : (
              item.note && <div className="muted small-print" data-testid="item-note-text">{item.note}</div>
            )}
            {error && <div className="error-text" role="alert">{error}</div>}
          </div>
        </div>
      </td>
      <td><code>{item.sku ?? "–"}</code></td>
      <td className="num" data-testid="item-price">{price == null ? "–" : formatMoney(price, item.currency_code ?? currency)}</td>
      <td data-testid="item-availability">
        <Availability item={item} />
      </td>
      <td className="num">
        {editable ? (
          <QuantityInput input={quantity} label={label} name="item_quantity" testId="item-quantity" busy={busy} />
        ) : (
          <span data-testid="item-quantity-text">{item.quantity}</span>
        )}
      </td>
      <td className="num">{price == null ? "–" : formatMoney(price * item.quantity, item.currency_code ?? currency)}</td>
      {editable && (
        <td className="actions">
          <span className="move-buttons">
            <button type="button" className="secondary small" aria-label={`Move ${label} up`} data-testid="move-up" disabled={busy || first} onClick={() => onMove(-1)}>↑</button>
            <button type="button" className="secondary small" aria-label={`Move ${label} down`} data-testid="move-down" disabled={busy || last} onClick={() => onMove(1)}>↓</button>
          </span>{" "}
          <button type="button" className="secondary small" data-testid="remove-item" disabled={busy} onClick={onRemove}>Remove</button>
        </td>
      )}
    </tr>
  )
}

/** From data: not sold any more, untracked (always available), out of stock, short, or enough. */
function Availability({ item }: { item: ShoppingListItemView }) {
  if (!item.sold) return <StatusBadge status="no_longer_available" testId="item-unsold" />
  if (item.available === null) return <span className="ok-text" data-state="available">Available</span>
  if (item.available <= 0) return <StatusBadge status="out_of_stock" />
  if (item.available < item.quantity) return <span className="error-text" data-state="short">Only {item.available} available</span>
  return <span className="ok-text" data-state="available">{item.available} available</span>
}
