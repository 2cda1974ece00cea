import { MouseEvent, useState } from "react"
import { errorMessage } from "@storefronts/shared"
import { needsSignIn } from "../wish-list/wish-list-api"
import { useWishList } from "../wish-list/wish-list-context"
import { useSignInForWishList } from "../wish-list/sign-in"

/**
 * The heart. Filled when one of `variantIds` is on the wish list (a card passes all of its
 * product's variants, the product page the selected one); a click saves `saveVariantId` or removes
 * what is saved. Guests are sent to sign in first, and come back with the item saved.
 */
export function WishListButton({
  variantIds,
  saveVariantId,
  title,
  labelled = false,
  className,
}: {
  variantIds: readonly string[]
  saveVariantId: string | undefined
  /** What is hearted, for screen readers ("House Espresso Beans"). */
  title: string
  /** With "Save to wish list" text next to the heart (product page); icon only otherwise (cards). */
  labelled?: boolean
  className?: string
}) {
  const { itemsFor, save, remove, signInNeeded, loading } = useWishList()
  const signIn = useSignInForWishList()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const saved = itemsFor(variantIds)
  const isSaved = saved.length > 0

  async function toggle(event: MouseEvent) {
    // On a card the heart sits over the product link: a click hearts, it does not open the product.
    event.preventDefault()
    event.stopPropagation()
    if (signInNeeded) return signIn(saveVariantId)
    if (busy || loading) return
    setBusy(true)
    setError(null)
    try {
      if (isSaved) await remove(saved.map((item) => item.id))
      else if (saveVariantId) await save(saveVariantId)
    } catch (err) {
      if (needsSignIn(err)) signIn(isSaved ? undefined : saveVariantId)
      else setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  const action = isSaved ? `Remove ${title} from your wish list` : `Save ${title} to your wish list`
  const classes = ["wish-heart", labelled ? "labelled" : "icon-only", isSaved ? "is-saved" : "", className].filter(Boolean).join(" ")
  return (
    <span className={classes}>
      <button
        type="button"
        className="wish-heart-button"
        aria-pressed={isSaved}
        aria-label={labelled ? undefined : action}
        title={action}
        disabled={busy || (loading && !signInNeeded) || (!isSaved && !saveVariantId)}
        onClick={toggle}
        data-testid="wish-heart"
        data-saved={isSaved ? "true" : "false"}
      >
        <HeartIcon filled={isSaved} />
        {labelled && <span>{busy ? "Saving…" : isSaved ? "Saved to wish list" : "Save to wish list"}</span>}
      </button>
      {error && (
        <span className="wish-heart-error" role="alert" data-testid="wish-heart-error">
          {error}
        </span>
      )}
    </span>
  )
}

export function HeartIcon({ filled, size = 20 }: { filled: boolean; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" className="heart-icon">
      <path
        d="M12 20.3l-1.3-1.2C5.9 14.8 2.8 12 2.8 8.6 2.8 5.8 5 3.7 7.7 3.7c1.6 0 3.1.7 4.3 1.9 1.2-1.2 2.7-1.9 4.3-1.9 2.7 0 4.9 2.1 4.9 4.9 0 3.4-3.1 6.2-7.9 10.5L12 20.3z"
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  )
}
