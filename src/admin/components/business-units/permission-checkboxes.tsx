import { Checkbox, Label, Text } from "@medusajs/ui"

/** Permissions grouped by their area ("orders.approve" → Orders), one checkbox each. */
export function PermissionCheckboxes({
  permissions,
  value,
  onChange,
}: {
  permissions: string[]
  value: string[]
  onChange: (value: string[]) => void
}) {
  const groups = new Map<string, string[]>()
  for (const permission of permissions) {
    const area = permission.split(".")[0]
    groups.set(area, [...(groups.get(area) ?? []), permission])
  }
  const toggle = (permission: string, on: boolean) =>
    onChange(on ? [...value, permission] : value.filter((p) => p !== permission))

  return (
    <div className="flex flex-col gap-y-3" data-testid="permission-checkboxes">
      {[...groups.entries()].map(([area, list]) => (
        <div key={area} className="flex flex-col gap-y-1.5">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle uppercase">
            {area.replace(/_/g, " ")}
          </Text>
          {list.map((permission) => {
            const id = `permission-${permission}`
            return (
              <div key={permission} className="flex items-center gap-x-2">
                <Checkbox
                  id={id}
                  name={`permission-${permission}`}
                  checked={value.includes(permission)}
                  onCheckedChange={(checked) => toggle(permission, checked === true)}
                  data-testid={id}
                />
                <Label htmlFor={id} size="small">
                  {permission}
                </Label>
              </div>
            )
          })}
        </div>
      ))}
    </div>
  )
}
