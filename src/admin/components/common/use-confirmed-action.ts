import { toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"

type Mutate<I> = (input: I, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void
type Question = { title: string; description: string; confirmText: string; done: string }

/**
 * A destructive change asked about first: the returned function shows `ask(input)`'s question
 * and, once agreed, runs the mutation with a toast (`done` or the backend's message).
 */
export function useConfirmedAction<I>(mutate: Mutate<I>, ask: (input: I) => Question) {
  const prompt = usePrompt()
  return async (input: I) => {
    const { title, description, confirmText, done } = ask(input)
    if (!(await prompt({ title, description, confirmText, cancelText: "Cancel" }))) return
    mutate(input, { onSuccess: () => toast.success(done), onError: (error) => toast.error(errorMessage(error)) })
  }
}
