import { FormEvent, useState } from "react"
import { useNavigate } from "react-router"
import { Async, ErrorBox, errorMessage, useAsync } from "@storefronts/shared"
import { createShoppingList, listShoppingLists } from "../api/shopping-lists"
import { ClickableRow, RowLink } from "../components/ClickableRow"
import { EmptyState } from "../components/EmptyState"
import { ListOwner } from "../components/ListOwner"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { formatDateTime } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

export function ShoppingListsPage() {
  usePageTitle("Shopping lists")
  return (
    <Permitted anyOf={["shopping_lists.view"]}>
      <ShoppingLists />
    </Permitted>
  )
}

/** Every list of the active unit, shared by its associates; a form to start a new one. */
function ShoppingLists() {
  const { activeUnit, unitHeaders, can } = useUnitSession()
  const navigate = useNavigate()
  const lists = useAsync(() => listShoppingLists(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  const canCreate = can("shopping_lists.manage_own")

  return (
    <div className="stack">
      <PageHeader title="Shopping lists" subtitle={`Standing orders of ${activeUnit.name}, shared with your colleagues. Add a whole list to the cart in one go.`} />
      <div className={canCreate ? "lists-layout" : "stack"}>
        <section className="stack">
          <Async state={lists}>
            {(found) =>
              found.length === 0 ? (
                <EmptyState title="No shopping lists yet" testId="lists-empty">
                  <p className="muted">
                    {canCreate
                      ? "Start a list here, add products to it from the catalog, or save a cart as a list."
                      : "Lists your colleagues make for this unit will show up here."}
                  </p>
                </EmptyState>
              ) : (
                <div className="table-wrap">
                  <table className="clickable" data-testid="lists-table">
                    <thead>
                      <tr>
                        <th>List</th>
                        <th>Owner</th>
                        <th className="num">Items</th>
                        <th>Last change</th>
                      </tr>
                    </thead>
                    <tbody>
                      {found.map((list) => (
                        <ClickableRow key={list.id} to={`/lists/${list.id}`} data-testid="list-row" data-list-id={list.id}>
                          <td>
                            <RowLink to={`/lists/${list.id}`} data-testid="list-link">{list.name}</RowLink>
                            {list.description && <div className="muted small-print">{list.description}</div>}
                          </td>
                          <td><ListOwner owner={list.owner} /></td>
                          <td className="num" data-testid="list-item-count">{list.item_count}</td>
                          <td>{formatDateTime(list.updated_at)}</td>
                        </ClickableRow>
                      ))}
                    </tbody>
                  </table>
                </div>
              )
            }
          </Async>
        </section>
        {canCreate && <NewListForm onCreated={(id) => navigate(`/lists/${id}`)} />}
      </div>
    </div>
  )
}

function NewListForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setError("Give the list a name.")
      return
    }
    setBusy(true)
    setError(null)
    try {
      const { shopping_list } = await createShoppingList(activeUnit.id, { name: name.trim(), description: description.trim() || null }, unitHeaders())
      onCreated(shopping_list.id)
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="new-list-form">
      <h2>New list</h2>
      <label>
        Name
        <input name="list_name" data-testid="new-list-name" placeholder="e.g. Weekly café restock" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Description (optional)
        <textarea name="list_description" rows={2} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <ErrorBox message={error} />
      <button type="submit" data-testid="create-list" disabled={busy}>{busy ? "Creating…" : "Create list"}</button>
      <p className="muted small-print">Then add products from the catalog with “+ List”.</p>
    </form>
  )
}
