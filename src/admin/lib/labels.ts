import { InvoiceStatus, PaymentTerms, QuoteStatus, FlowStatus, UnitStatus } from "./types"

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export function termsLabel(terms: PaymentTerms | null | undefined): string {
  if (!terms) return "None"
  return terms === "due_on_fulfillment" ? "Due on fulfilment" : `Net ${terms.slice(4)}`
}

export const unitStatusColor: Record<UnitStatus, BadgeColor> = { active: "green", inactive: "grey" }

export const quoteStatusColor: Record<QuoteStatus, BadgeColor> = {
  requested: "orange",
  drafting: "blue",
  sent: "purple",
  accepted: "green",
  declined: "red",
  renegotiating: "orange",
  withdrawn: "grey",
  expired: "grey",
}

export const invoiceStatusColor: Record<InvoiceStatus, BadgeColor> = {
  open: "blue",
  partially_paid: "orange",
  paid: "green",
  overdue: "red",
  void: "grey",
}

export const flowStatusColor: Record<FlowStatus, BadgeColor> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  void: "grey",
}
