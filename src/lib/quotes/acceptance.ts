/**
 * What accepting a quote answers (`POST /store/business/quotes/:id/accept`), declared once for
 * the backend and the B2B portal: the order, or the approval the quote now waits for.
 */
export type QuoteApprovalSummary = { id: string; status: "pending" | "approved" | "rejected" | "void"; current_tier: number; reasons: string[] }

export type QuoteOrderSummary = { id: string; display_id: number; total: number; currency_code: string }

export type QuoteAcceptance =
  | { status: "ordered"; order: QuoteOrderSummary }
  | { status: "approval_pending"; approval: QuoteApprovalSummary }
