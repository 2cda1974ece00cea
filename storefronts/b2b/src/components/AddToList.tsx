import { KeyboardEvent, useCallback, useState } from "react"
import { Link } from "react-router"
import { errorMessage, useAsync } from "@storefronts/shared"
import { addListItem, createShoppingList, listShoppingLists, ShoppingListSummary } from "../api/shopping-lists"
import { useUnitSession } from "../session/session-context"

/**
 * The unit's lists a buyer may add to, shared by a page's rows and loaded when the first row
 * opens its panel (`open`), so a catalog or product page costs no request for them until then.
 */
export type ListPicker = { lists: ShoppingListSummary[]; loading: boolean; open: () => void; reload: () => void }

/**
 * For roles that may keep lists (shopping_lists.manage_own): the unit's lists they may change
 * (their own, and colleagues' with manage_others). null for everyone else: no "Add to list".
 */
export function useListPicker(): ListPicker | null {
  const { activeUnit, can, unitHeaders } = useUnitSession()
  const mayKeep = can("shopping_lists.manage_own")
  const mayRead = can("shopping_lists.view")
  const [wanted, setWanted] = useState(false)
  const open = useCallback(() => setWanted(true), [])
  const found = useAsync(
    () => (wanted && mayKeep && mayRead ? listShoppingLists(activeUnit.id, unitHeaders()) : Promise.resolve([])),
    [wanted, mayKeep, mayRead, activeUnit.id, unitHeaders]
  )
  if (!mayKeep) return null
  return { lists: (found.data ?? []).filter((list) => list.may_manage), loading: found.loading, open, reload: found.reload }
}

const NEW_LIST = "new"

export type AddedToList = { id: string; name: string }

/**
 * Under a variant row: choose one of the unit's lists, or name a new one, and save the variant
 * with the row's quantity. Not a form of its own: the row around it is the add-to-cart form.
 */
export function AddToListPanel({
  variantId,
  sku,
  quantity,
  picker,
  onAdded,
  onCancel,
}: {
  variantId: string
  sku: string
  quantity: string
  picker: ListPicker
  onAdded: (list: AddedToList) => void
  onCancel: () => void
}) {
  const { activeUnit, unitHeaders } = useUnitSession()
  // null until the buyer picks: the first list, once the lists have arrived.
  const [choice, setChoice] = useState<string | null>(null)
  const [name, setName] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Lists arrive after the panel opened; a choice no longer offered falls back to the first list.
  const chosen = choice === NEW_LIST || picker.lists.some((l) => l.id === choice) ? choice! : (picker.lists[0]?.id ?? NEW_LIST)

  async function save() {
    const amount = Number(quantity)
    if (!Number.isInteger(amount) || amount < 1) {
      setError("Enter a whole number of at least 1")
      return
    }
    if (chosen === NEW_LIST && !name.trim()) {
      setError("Give the new list a name")
      return
    }
    setBusy(true)
    setError(null)
    try {
      const item = { variant_id: variantId, quantity: amount }
      const list =
        chosen === NEW_LIST
          ? (await createShoppingList(activeUnit.id, { name: name.trim(), items: [item] }, unitHeaders())).shopping_list
          : await addListItem(chosen, item, null, unitHeaders())
      if (chosen === NEW_LIST) picker.reload()
      onAdded({ id: list.id, name: list.name })
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  // Enter saves to the list instead of submitting the row's add-to-cart form.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return
    event.preventDefault()
    void save()
  }

  return (
    <div className="add-to-list" data-testid={`list-panel-${sku}`}>
      <select aria-label={`Shopping list for ${sku}`} data-testid={`list-choice-${sku}`} value={chosen} disabled={busy || picker.loading} onChange={(e) => setChoice(e.target.value)} onKeyDown={onKeyDown}>
        {picker.lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name}
          </option>
        ))}
        <option value={NEW_LIST}>New list…</option>
      </select>
      {chosen === NEW_LIST && (
        <input aria-label="Name of the new list" data-testid={`list-new-name-${sku}`} placeholder="Name of the new list" maxLength={120} value={name} disabled={busy} onChange={(e) => setName(e.target.value)} onKeyDown={onKeyDown} />
      )}
      <button type="button" className="small" data-testid={`list-save-${sku}`} disabled={busy || picker.loading} onClick={() => void save()}>
        {busy ? "Saving…" : "Save to list"}
      </button>
      <button type="button" className="secondary small" disabled={busy} onClick={onCancel}>Cancel</button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </div>
  )
}

/** "Saved to Weekly restock", linking to the list. */
export function AddedToListNote({ list, quantity, sku }: { list: AddedToList; quantity: string; sku: string }) {
  return (
    <span className="ok-text" role="status" data-testid={`added-to-list-${sku}`}>
      {quantity} saved to <Link to={`/lists/${list.id}`}>{list.name}</Link>
    </span>
  )
}
