import { MedusaService } from "@medusajs/framework/utils"
import { openAmount, UNPAID_STATUSES } from "../../lib/net-terms/invoice"
import { CreditHold } from "./models/credit-hold"
import { Invoice } from "./models/invoice"
import { InvoicePayment } from "./models/invoice-payment"
import { TermsSettings } from "./models/terms-settings"

class NetTermsModuleService extends MedusaService({ TermsSettings, CreditHold, Invoice, InvoicePayment }) {
  /**
   * What a credit holder owes or has promised: unpaid invoice amounts plus credit held by
   * checkouts that have no invoice yet (the authorized, uninvoiced net-terms payments).
   */
  async receivablesOf(creditHolderId: string) {
    const [invoices, holds] = await Promise.all([
      this.listInvoices({ credit_holder_id: creditHolderId, status: UNPAID_STATUSES }, { select: ["total", "paid_amount", "status"] }),
      this.listCreditHolds({ credit_holder_id: creditHolderId, status: "held" }, { select: ["amount"] }),
    ])
    const unpaid = invoices.reduce((sum, i) => sum + openAmount(i as any), 0)
    const held = holds.reduce((sum, h) => sum + Number(h.amount), 0)
    return { unpaid: Math.round(unpaid * 100) / 100, held: Math.round(held * 100) / 100 }
  }

  /** The next invoice sequence of a year; callers hold the year's invoice-number lock. */
  async nextInvoiceSequence(year: number) {
    const [last] = await this.listInvoices({ year }, { select: ["sequence"], order: { sequence: "DESC" }, take: 1 })
    return (last?.sequence ?? 0) + 1
  }
}

export default NetTermsModuleService
