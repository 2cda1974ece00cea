import { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { CreditPosition, InvoicesResponse } from "../../lib/net-terms/contract"
import { openAmount, UNPAID_STATUSES } from "../../lib/net-terms/invoice"
import { presentInvoice } from "../../lib/net-terms/present-invoice"
import { EffectiveTerms } from "../../lib/net-terms/settings"
import { creditPosition } from "../../lib/net-terms/terms"
import { CreditHold } from "./models/credit-hold"
import { Invoice } from "./models/invoice"
import { InvoicePayment } from "./models/invoice-payment"
import { TermsSettings } from "./models/terms-settings"

export type VoidedInvoice = { id: string; status: string }

export type InvoiceListOptions = { limit: number; offset: number }

/** The one-invoice form of the generated createInvoices (its overloads: one invoice, or a list). */
type OneOf<F> = F extends { (...args: infer One): any; (...args: infer _Many): any } ? One[0] : never
type CreateInvoiceData = OneOf<InstanceType<typeof NetTermsModuleService>["createInvoices"]> & { order_id: string }

class NetTermsModuleService extends MedusaService({ TermsSettings, CreditHold, Invoice, InvoicePayment }) {
  /**
   * What a credit holder owes or has promised: unpaid invoice amounts plus credit held by
   * checkouts that have no invoice yet (the authorized, uninvoiced net-terms payments). Holds are
   * read before invoices: an invoice issued in between (issueInvoiceFromHold turns its hold into
   * it in one transaction) is then counted twice for this one check, never missed.
   */
  async receivablesOf(creditHolderId: string) {
    const holds = await this.listCreditHolds({ credit_holder_id: creditHolderId, status: "held" }, { select: ["amount"] })
    const invoices = await this.listInvoices({ credit_holder_id: creditHolderId, status: UNPAID_STATUSES }, { select: ["total", "paid_amount", "status"] })
    const unpaid = invoices.reduce((sum, i) => sum + openAmount(i as any), 0)
    const held = holds.reduce((sum, h) => sum + Number(h.amount), 0)
    return { unpaid: Math.round(unpaid * 100) / 100, held: Math.round(held * 100) / 100 }
  }

  /** The credit limit of the terms' credit holder, what is used of it and what is available. */
  async creditPositionOf(terms: EffectiveTerms): Promise<CreditPosition> {
    const { unpaid, held } = await this.receivablesOf(terms.credit_holder_id)
    return { ...creditPosition(terms.credit_limit, unpaid, held), currency_code: terms.currency_code }
  }

  /** The next invoice sequence of a year; callers hold the year's invoice-number lock. */
  async nextInvoiceSequence(year: number) {
    const [last] = await this.listInvoices({ year }, { select: ["sequence"], order: { sequence: "DESC" }, take: 1 })
    return (last?.sequence ?? 0) + 1
  }

  async retrieveInvoiceOrFail(id: string, filters: Record<string, unknown> = {}) {
    const [invoice] = await this.listInvoices({ id, ...filters }, { relations: ["payments"] })
    if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
    return invoice
  }

  /** One page of invoices, newest first, presented. */
  async listInvoicesPage(filters: Record<string, unknown>, { limit, offset }: InvoiceListOptions): Promise<InvoicesResponse> {
    const [invoices, count] = await this.listAndCountInvoices(filters, {
      order: { issued_at: "DESC" },
      take: limit,
      skip: offset,
    })
    const asOf = new Date()
    return { invoices: invoices.map((i) => presentInvoice(i, asOf)), count, limit, offset }
  }

  /** Voids the given invoices that are not void yet; returns their previous statuses to restore. */
  @InjectTransactionManager()
  async voidInvoices(
    invoices: { id: string; status: string }[],
    reason: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<VoidedInvoice[]> {
    const open = invoices.filter((i) => i.status !== "void")
    if (open.length) {
      const now = new Date()
      await this.updateInvoices(open.map((i) => ({ id: i.id, status: "void" as const, void_reason: reason, voided_at: now })), sharedContext)
    }
    return open.map((i) => ({ id: i.id, status: i.status }))
  }

  /**
   * Writes an order's invoice and turns the cart's credit hold into it in ONE transaction: a
   * credit check running meanwhile sees the amount once, as held or as invoiced, never both
   * (which refused carts that fit) and never neither.
   */
  @InjectTransactionManager()
  async issueInvoiceFromHold(holdId: string, invoice: CreateInvoiceData, @MedusaContext() sharedContext: Context = {}) {
    const created = await this.createInvoices(invoice, sharedContext)
    await this.updateCreditHolds({ id: holdId, status: "invoiced", order_id: invoice.order_id }, sharedContext)
    return created
  }

  /** Compensation of voidInvoices. */
  @InjectTransactionManager()
  async restoreVoidedInvoices(before: VoidedInvoice[] | undefined, @MedusaContext() sharedContext: Context = {}) {
    if (before?.length) {
      await this.updateInvoices(before.map((b) => ({ id: b.id, status: b.status as any, void_reason: null, voided_at: null })), sharedContext)
    }
  }
}

export default NetTermsModuleService
