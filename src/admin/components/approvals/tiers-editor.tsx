import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { OptionSelect } from "../common/option-select"
import { MAX_REQUIREMENTS, MAX_TIERS, newRequirement, requirementKey, RequirementValues } from "./rule-form"

/**
 * 1 to 5 tiers, passed in order; a tier is a list of requirements that must all hold, each a
 * role and how many distinct approvers holding it.
 */
export function TiersEditor({
  tiers,
  onChange,
  roleOptions,
  errors,
}: {
  tiers: RequirementValues[][]
  onChange: (tiers: RequirementValues[][]) => void
  roleOptions: { value: string; label: string }[]
  errors: Record<string, string>
}) {
  const setTier = (t: number, tier: RequirementValues[]) => onChange(tiers.map((x, i) => (i === t ? tier : x)))
  const setRequirement = (t: number, r: number, patch: Partial<RequirementValues>) =>
    setTier(t, tiers[t].map((req, i) => (i === r ? { ...req, ...patch } : req)))

  return (
    <div className="flex flex-col gap-y-3" data-testid="tiers-editor">
      {tiers.map((tier, t) => (
        <div key={t} className="flex flex-col gap-y-2 rounded-md border p-3" data-testid="approval-tier">
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">
              Tier {t + 1}
              <Text as="span" size="xsmall" className="text-ui-fg-subtle">
                {" "}
                · all of these must approve
              </Text>
            </Text>
            {tiers.length > 1 && (
              <Button size="small" variant="transparent" type="button" onClick={() => onChange(tiers.filter((_, i) => i !== t))}>
                Remove tier
              </Button>
            )}
          </div>
          {tier.map((req, r) => (
            <div key={r} className="flex flex-col gap-y-1">
              <div className="flex items-center gap-x-2">
                <div className="flex-1">
                  <OptionSelect
                    value={req.role}
                    onChange={(role) => setRequirement(t, r, { role })}
                    options={roleOptions}
                    placeholder="Role"
                    testId={`tier-${t + 1}-role-${r + 1}`}
                  />
                </div>
                <Input
                  size="small"
                  type="number"
                  min={1}
                  max={5}
                  className="w-20"
                  aria-label="Number of approvers"
                  name={`tier-${t + 1}-count-${r + 1}`}
                  value={req.count}
                  onChange={(e) => setRequirement(t, r, { count: e.target.value })}
                />
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  aria-label="Remove requirement"
                  disabled={tier.length === 1}
                  onClick={() => setTier(t, tier.filter((_, i) => i !== r))}
                >
                  <Trash />
                </IconButton>
              </div>
              {errors[requirementKey(t, r)] && (
                <Text size="xsmall" className="text-ui-fg-error" role="alert">
                  {errors[requirementKey(t, r)]}
                </Text>
              )}
            </div>
          ))}
          {tier.length < MAX_REQUIREMENTS && (
            <Button
              size="small"
              variant="transparent"
              type="button"
              className="self-start"
              onClick={() => setTier(t, [...tier, { role: "", count: "1" }])}
            >
              + Add requirement
            </Button>
          )}
        </div>
      ))}
      {tiers.length < MAX_TIERS && (
        <Button
          size="small"
          variant="secondary"
          type="button"
          className="self-start"
          onClick={() => onChange([...tiers, [newRequirement()]])}
          data-testid="add-approval-tier"
        >
          Add tier
        </Button>
      )}
    </div>
  )
}
