import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Badge, Table, Text } from "@medusajs/ui"
import { Fragment, useState } from "react"
import { Link } from "react-router-dom"
import type { ShoppingListView } from "../../../lib/shopping-lists/contract"
import { useUnitShoppingLists } from "../../hooks/use-shopping-lists"
import { formatDateTime } from "../../lib/format"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"

const COLUMNS = 5

/** The lists the unit's associates keep in the B2B portal, read-only; a row opens its items. */
export function ShoppingListsSection({ unitId }: { unitId: string }) {
  const { data: lists, isLoading, isError, error, refetch } = useUnitShoppingLists(unitId)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })

  return (
    <Section
      title="Shopping lists"
      description="Kept by the unit's associates in the B2B portal (read-only here)."
      data-testid="unit-shopping-lists-section"
    >
      {isLoading ? (
        <LoadingState label="Loading shopping lists…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !lists?.length ? (
        <EmptyState title="No shopping lists" description="Associates create lists in the B2B portal." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-8" />
              <Table.HeaderCell>List</Table.HeaderCell>
              <Table.HeaderCell>Owner</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Items</Table.HeaderCell>
              <Table.HeaderCell>Last change</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lists.map((list) => {
              const expanded = open.has(list.id)
              return (
                <Fragment key={list.id}>
                  <Table.Row
                    className="cursor-pointer"
                    onClick={() => toggle(list.id)}
                    data-testid="shopping-list-row"
                    data-list-id={list.id}
                    data-expanded={expanded ? "true" : "false"}
                  >
                    <Table.Cell>
                      <button
                        type="button"
                        className="text-ui-fg-muted flex items-center"
                        aria-expanded={expanded}
                        aria-label={`${expanded ? "Hide" : "Show"} the items of ${list.name}`}
                        onClick={(event) => {
                          event.stopPropagation()
                          toggle(list.id)
                        }}
                        data-testid="shopping-list-toggle"
                      >
                        {expanded ? <TriangleDownMini /> : <TriangleRightMini />}
                      </button>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-1">
                        <Text size="small" weight="plus" data-testid="shopping-list-name">
                          {list.name}
                        </Text>
                        {list.description && (
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            {list.description}
                          </Text>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <Link
                        to={`/customers/${list.owner.customer_id}`}
                        className="text-ui-fg-interactive hover:underline"
                        onClick={(event) => event.stopPropagation()}
                        data-testid="shopping-list-owner"
                      >
                        {list.owner.name || list.owner.email || list.owner.customer_id}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="text-right" data-testid="shopping-list-item-count">
                      {list.item_count}
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(list.updated_at)}</Table.Cell>
                  </Table.Row>
                  {expanded && (
                    <Table.Row className="hover:bg-transparent">
                      {/* Table.Cell does not type colSpan: a plain cell spans the row. */}
                      <td colSpan={COLUMNS} className="bg-ui-bg-subtle px-6 py-3">
                        <ListItems list={list} />
                      </td>
                    </Table.Row>
                  )}
                </Fragment>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

function ListItems({ list }: { list: ShoppingListView }) {
  if (!list.items.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="shopping-list-items">
        This list is empty.
      </Text>
    )
  }
  return (
    <table className="w-full txt-compact-small" data-testid="shopping-list-items">
      <thead>
        <tr className="text-ui-fg-subtle text-left">
          <th className="py-1 pr-4 font-medium">Product</th>
          <th className="py-1 pr-4 font-medium">SKU</th>
          <th className="py-1 pr-4 text-right font-medium">Quantity</th>
          <th className="py-1 font-medium" />
        </tr>
      </thead>
      <tbody>
        {[...list.items]
          .sort((a, b) => a.position - b.position)
          .map((item) => (
            <tr key={item.id} className="border-ui-border-base border-t" data-testid="shopping-list-item" data-sold={item.sold ? "true" : "false"}>
              <td className="py-1.5 pr-4">
                <span className={item.sold ? "" : "text-ui-fg-muted"}>{item.product_title}</span>
                {item.variant_title && <span className="text-ui-fg-subtle"> · {item.variant_title}</span>}
                {item.note && <div className="text-ui-fg-subtle txt-compact-xsmall">{item.note}</div>}
              </td>
              <td className="py-1.5 pr-4 font-mono">{item.sku ?? "-"}</td>
              <td className="py-1.5 pr-4 text-right">{item.quantity}</td>
              <td className="py-1.5">
                {!item.sold && (
                  <Badge size="2xsmall" color="red" data-testid="no-longer-sold">
                    No longer sold
                  </Badge>
                )}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  )
}
