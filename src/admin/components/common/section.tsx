import { Container, Heading, Text, clx } from "@medusajs/ui"
import { ReactNode } from "react"

type SectionProps = {
  title: string
  description?: ReactNode
  actions?: ReactNode
  children: ReactNode
  className?: string
  "data-testid"?: string
  level?: "h1" | "h2"
}

/** A dashboard card: a header with title and actions, then the content separated by dividers. */
export function Section({ title, description, actions, children, className, level = "h2", ...rest }: SectionProps) {
  return (
    <Container className={clx("divide-y p-0", className)} data-testid={rest["data-testid"]}>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level={level}>{title}</Heading>
          {description && (
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          )}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      {children}
    </Container>
  )
}

/** One "label: value" row inside a Section. */
export function KeyValueRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-2 items-center px-6 py-3" data-testid={testId}>
      <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div className="text-ui-fg-base txt-compact-small">{children ?? "-"}</div>
    </div>
  )
}
