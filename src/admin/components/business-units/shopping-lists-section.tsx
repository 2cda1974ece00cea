import { Badge, Table, Text } from "@medusajs/ui"
import type { ShoppingListView } from "../../../lib/shopping-lists/contract"
import { useExpandedRows } from "../../hooks/use-expanded-rows"
import { useUnitShoppingLists } from "../../hooks/use-shopping-lists"
import { formatDateTime } from "../../lib/format"
import { DetailTable } from "../common/detail-table"
import { ExpandableRow, ExpandableTable } from "../common/expandable-table"
import { OwnerLink } from "../common/owner-link"
import { QueryStates } from "../common/page-states"
import { Section } from "../common/section"

const COLUMNS = 5

/** The lists the unit's associates keep in the B2B portal, read-only; a row opens its items. */
export function ShoppingListsSection({ unitId }: { unitId: string }) {
  const query = useUnitShoppingLists(unitId)
  const { isExpanded, toggle } = useExpandedRows()

  return (
    <Section
      title="Shopping lists"
      description="Kept by the unit's associates in the B2B portal (read-only here)."
      data-testid="unit-shopping-lists-section"
    >
      <QueryStates
        query={query}
        loading={{ label: "Loading shopping lists…", rows: 2 }}
        empty={{ title: "No shopping lists", description: "Associates create lists in the B2B portal." }}
      >
        {(lists) => (
          <ExpandableTable
            headers={
              <>
                <Table.HeaderCell>List</Table.HeaderCell>
                <Table.HeaderCell>Owner</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Items</Table.HeaderCell>
                <Table.HeaderCell>Last change</Table.HeaderCell>
              </>
            }
          >
            {lists.map((list) => (
              <ExpandableRow
                key={list.id}
                expanded={isExpanded(list.id)}
                onToggle={() => toggle(list.id)}
                toggleLabel={`the items of ${list.name}`}
                toggleTestId="shopping-list-toggle"
                colSpan={COLUMNS}
                detail={<ListItems list={list} />}
                data-testid="shopping-list-row"
                data-list-id={list.id}
              >
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
                  <OwnerLink owner={list.owner} testId="shopping-list-owner" />
                </Table.Cell>
                <Table.Cell className="text-right" data-testid="shopping-list-item-count">
                  {list.item_count}
                </Table.Cell>
                <Table.Cell>{formatDateTime(list.updated_at)}</Table.Cell>
              </ExpandableRow>
            ))}
          </ExpandableTable>
        )}
      </QueryStates>
    </Section>
  )
}

function ListItems({ list }: { list: ShoppingListView }) {
  const items = [...list.items].sort((a, b) => a.position - b.position)
  return (
    <DetailTable
      rows={items}
      columns={[{ label: "Product" }, { label: "SKU" }, { label: "Quantity", align: "right" }, { label: "" }]}
      testId="shopping-list-items"
      emptyText="This list is empty."
    >
      {(item) => (
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
      )}
    </DetailTable>
  )
}
