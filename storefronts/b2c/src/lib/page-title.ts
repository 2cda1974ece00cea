import { useEffect } from "react"

const SHOP_NAME = "Bean & Leaf"

/** Names the browser tab after the page, so history and bookmarks read sensibly. */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${SHOP_NAME}` : `${SHOP_NAME} — Coffee & Tea Shop`
  }, [title])
}
