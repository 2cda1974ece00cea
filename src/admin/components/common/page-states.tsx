import { Button, Skeleton, Text } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { errorMessage } from "../../lib/errors"

export function LoadingState({ label = "Loading…", rows = 3 }: { label?: string; rows?: number }) {
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="loading-state" aria-busy="true">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      {Array.from({ length: rows }).map((_, i) => (
        <Skeleton key={i} className="h-5 w-full" />
      ))}
    </div>
  )
}

export function ErrorState({ error, onRetry, title = "Could not load" }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div className="flex flex-col items-start gap-y-2 px-6 py-4" role="alert" data-testid="error-state">
      <Text size="small" weight="plus" className="text-ui-fg-error">
        {title}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {errorMessage(error)}
      </Text>
      {onRetry && (
        <Button size="small" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  )
}

export function EmptyState({ title, description }: { title: string; description?: string }) {
  return (
    <div className="flex flex-col items-center gap-y-1 px-6 py-8 text-center" data-testid="empty-state">
      <Text size="small" weight="plus">
        {title}
      </Text>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
  )
}

type ListQuery<T> = { data: T[] | undefined; isLoading: boolean; isError: boolean; error: unknown; refetch: () => unknown }

/** A list query's loading, error (with retry) or empty state; once it has items, what `children` makes of them. */
export function QueryStates<T>({
  query,
  loading,
  empty,
  children,
}: {
  query: ListQuery<T>
  loading: ComponentProps<typeof LoadingState>
  empty: ComponentProps<typeof EmptyState>
  children: (items: T[]) => ReactNode
}) {
  if (query.isLoading) return <LoadingState {...loading} />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  if (!query.data?.length) return <EmptyState {...empty} />
  return <>{children(query.data)}</>
}
