import { Button } from "@medusajs/ui"

type Action = { label: string; onClick: () => void; testId: string }

/** The edit / destructive pair at the end of a table row. */
export function RowActions({ edit, remove, className = "" }: { edit: Action; remove: Action; className?: string }) {
  return (
    <div className={`flex justify-end gap-x-2 ${className}`}>
      <Button size="small" variant="transparent" onClick={edit.onClick} data-testid={edit.testId}>
        {edit.label}
      </Button>
      <Button size="small" variant="transparent" className="text-ui-fg-error" onClick={remove.onClick} data-testid={remove.testId}>
        {remove.label}
      </Button>
    </div>
  )
}
