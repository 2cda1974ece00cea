import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useSetUnitCustomerGroup, useSetUnitPriceList } from "../../hooks/use-business-units"
import { priceListsOfGroup, useCustomerGroupOptions, usePriceListOptions } from "../../hooks/use-pricing-options"
import { errorMessage } from "../../lib/errors"
import type { BusinessUnitDetail } from "../../../lib/business/contract"
import { Field } from "../common/field"
import { OptionSelect } from "../common/option-select"
import { Section } from "../common/section"

/**
 * Company pricing: the unit's customer group (its associates join it) and the Medusa price list
 * that gives them negotiated prices on the wholesale channel.
 */
export function PricingSection({ unit }: { unit: BusinessUnitDetail }) {
  const groups = useCustomerGroupOptions("")
  const priceLists = usePriceListOptions("")
  const setGroup = useSetUnitCustomerGroup(unit.id)
  const setPriceList = useSetUnitPriceList(unit.id)
  const [groupId, setGroupId] = useState("")
  const [priceListId, setPriceListId] = useState("")
  const group = unit.customer_group
  const negotiated = priceListsOfGroup(priceLists.data ?? [], group?.id)

  const changeGroup = () => {
    if (!groupId) return
    setGroup.mutate(groupId, {
      onSuccess: () => {
        toast.success("Customer group changed; the associates moved along")
        setGroupId("")
        priceLists.refetch()
      },
      onError: (error) => toast.error(errorMessage(error)),
    })
  }

  const prompt = usePrompt()

  const applyPriceList = async () => {
    if (!priceListId) return
    const title = priceLists.data?.find((l) => l.id === priceListId)?.title ?? "this price list"
    const confirmed = await prompt({
      title: "Use this price list for the unit?",
      description: `The rules of "${title}" will be set to this unit's customer group and the wholesale channel.`,
      confirmText: "Apply",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    setPriceList.mutate(priceListId, {
      onSuccess: () => {
        toast.success("Price list now gives this unit its negotiated prices on the wholesale channel")
        setPriceListId("")
        priceLists.refetch()
      },
      onError: (error) => toast.error(errorMessage(error)),
    })
  }

  return (
    <Section title="Pricing" description="Customer group and negotiated price list." data-testid="pricing-section">
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col gap-y-0.5">
          <Text size="xsmall" className="text-ui-fg-subtle">
            Customer group
          </Text>
          {group ? (
            <Link to={`/customer-groups/${group.id}`} className="text-ui-fg-interactive txt-compact-small-plus hover:underline" data-testid="unit-customer-group">
              {group.name}
            </Link>
          ) : (
            <Text size="small">{unit.parent_id ? "None of its own (the company's group applies)" : "None"}</Text>
          )}
        </div>
        <div className="flex flex-col gap-y-0.5" data-testid="unit-price-lists">
          <Text size="xsmall" className="text-ui-fg-subtle">
            Negotiated price list
          </Text>
          {priceLists.isLoading ? (
            <Text size="small">Loading…</Text>
          ) : negotiated.length ? (
            negotiated.map((list) => (
              <Link key={list.id} to={`/price-lists/${list.id}`} className="text-ui-fg-interactive txt-compact-small-plus hover:underline">
                {list.title} <span className="text-ui-fg-muted">({list.status})</span>
              </Link>
            ))
          ) : (
            <Text size="small">{group ? "None: list prices apply" : "-"}</Text>
          )}
        </div>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <Field label="Change customer group">
          <div className="flex gap-x-2">
            <div className="flex-1">
              <OptionSelect
                value={groupId}
                onChange={setGroupId}
                options={(groups.data ?? []).filter((g) => g.id !== group?.id).map((g) => ({ value: g.id, label: g.name ?? g.id }))}
                placeholder={groups.isLoading ? "Loading groups…" : "Customer group"}
                testId="customer-group-select"
              />
            </div>
            <Button size="small" variant="secondary" disabled={!groupId} isLoading={setGroup.isPending} onClick={changeGroup}>
              Apply
            </Button>
          </div>
        </Field>
        <Field label="Use price list for negotiated prices" hint="Sets its rules to this unit's group and the wholesale channel.">
          <div className="flex gap-x-2">
            <div className="flex-1">
              <OptionSelect
                value={priceListId}
                onChange={setPriceListId}
                options={(priceLists.data ?? []).map((l) => ({ value: l.id, label: `${l.title} (${l.type})` }))}
                placeholder={priceLists.isLoading ? "Loading price lists…" : "Price list"}
                testId="price-list-select"
              />
            </div>
            <Button size="small" variant="secondary" disabled={!priceListId} isLoading={setPriceList.isPending} onClick={applyPriceList}>
              Apply
            </Button>
          </div>
        </Field>
      </div>
    </Section>
  )
}
