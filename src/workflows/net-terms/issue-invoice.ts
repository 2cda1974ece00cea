import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { invoiceNumber } from "../../lib/net-terms/invoice"
import { dueDate } from "../../lib/net-terms/terms"
import { businessModule } from "../../modules/business"
import { netTermsModule } from "../../modules/net-terms"
import { termsOfUnit } from "./terms-of-unit"
import { ORDER_ITEM_QUANTITY } from "../../lib/orders/order-items"
import { invoiceAmountsOf } from "../../lib/net-terms/invoice-amounts"
import { sellerOf } from "../../lib/tax/seller"

const ORDER_FIELDS = [
  "id", "display_id", "email", "customer_id", "currency_code", "metadata", "created_at",
  "item_subtotal", "shipping_subtotal", "discount_subtotal", "tax_total", "total",
  "items.title", "items.product_title", "items.variant_title", "items.variant_sku", "items.quantity", ORDER_ITEM_QUANTITY, "items.unit_price",
  "items.subtotal", "items.discount_subtotal", "items.tax_total", "items.total", "items.tax_lines.rate", "items.tax_lines.code",
  "shipping_methods.subtotal", "shipping_methods.discount_subtotal", "shipping_methods.tax_total", "shipping_methods.tax_lines.rate", "shipping_methods.tax_lines.code",
  "billing_address.*", "shipping_address.*",
  "payment_collections.payments.id", "payment_collections.payments.provider_id",
]

function address(a: any) {
  if (!a) return null
  const { company, first_name, last_name, address_1, address_2, postal_code, city, province, country_code, phone } = a
  return { company, first_name, last_name, address_1, address_2, postal_code, city, province, country_code, phone }
}

/** A JSON column's value: the model types json columns as objects, these hold arrays. */
const asJson = (value: unknown[]) => value as unknown as Record<string, unknown>

export type IssuedInvoice = { invoice_id: string; hold_id: string }

/** Who an invoice bills and whose credit it draws on. */
export type InvoiceParty = { business_unit_id: string; credit_holder_id: string; associate_id: string | null }

type NetTermsService = ReturnType<typeof netTermsModule>
type InvoiceData = Parameters<NetTermsService["issueInvoiceFromHold"]>[1]

/**
 * Writes an order's invoice and turns the cart's credit hold into it (one transaction:
 * issueInvoiceFromHold).
 */
export async function issueInvoiceForOrder(container: MedusaContainer, orderId: string, cartId: string, associateId: string | null): Promise<IssuedInvoice | null> {
  const service = netTermsModule(container)
  const [hold] = await service.listCreditHolds({ cart_id: cartId, status: "held" })
  if (!hold) return null
  const party = { business_unit_id: hold.business_unit_id, credit_holder_id: hold.credit_holder_id, associate_id: associateId }
  const invoice = await writeInvoice(container, orderId, party, new Date(), (data) => service.issueInvoiceFromHold(hold.id, data))
  return { invoice_id: invoice.id, hold_id: hold.id }
}

/**
 * The invoice of an order issued on a past day, with no checkout's credit hold to settle: the
 * demo's order history (src/scripts/seed/history-invoices.ts).
 */
export async function issueBackdatedInvoice(container: MedusaContainer, orderId: string, party: InvoiceParty, issuedAt: Date) {
  const service = netTermsModule(container)
  return writeInvoice(container, orderId, party, issuedAt, (data) => service.createInvoices(data))
}

/** Numbers are sequential per year of issue, so numbering runs under a lock of the year. */
async function writeInvoice<T>(
  container: MedusaContainer,
  orderId: string,
  party: InvoiceParty,
  issuedAt: Date,
  write: (data: InvoiceData) => Promise<T>
) {
  const service = netTermsModule(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = orders[0] as any
  const terms = await termsOfUnit(container, party.business_unit_id)
  const business = businessModule(container)
  const [unit] = await business.listBusinessUnits({ id: party.business_unit_id })
  const [company] = unit.company_id ? await business.listBusinessUnits({ id: unit.company_id }) : [unit]
  const taxProfile = await business.taxProfileOf(unit.id)
  const { legal_name, address_lines, vat_id } = sellerOf()
  const { lines, tax_rates, ...totals } = invoiceAmountsOf(order)
  const year = issuedAt.getUTCFullYear()
  const payment = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? [])[0]
  return container.resolve(Modules.LOCKING).execute(
    `net-terms-invoice-number:${year}`,
    async () => {
      const sequence = await service.nextInvoiceSequence(year)
      return write({
        number: invoiceNumber(year, sequence),
        year,
        sequence,
        order_id: order.id,
        order_display_id: order.display_id ?? null,
        payment_id: payment?.id ?? null,
        business_unit_id: party.business_unit_id,
        credit_holder_id: party.credit_holder_id,
        associate_id: party.associate_id,
        customer_id: order.customer_id ?? null,
        email: order.email ?? null,
        po_number: (order.metadata?.po_number as string | undefined) ?? null,
        terms: terms?.terms ?? "net_30",
        currency_code: order.currency_code,
        issued_at: issuedAt,
        due_date: terms ? dueDate(terms.terms, issuedAt) : null,
        ...totals,
        lines: asJson(lines),
        tax_rates: asJson(tax_rates),
        seller: { legal_name, address_lines, vat_id },
        buyer: {
          company: company?.name ?? unit.name,
          unit: unit.name,
          tax_id: taxProfile?.tax_id ?? null,
          email: unit.email ?? company?.email ?? null,
          phone: unit.phone ?? company?.phone ?? null,
        },
        billing_address: address(order.billing_address),
        shipping_address: address(order.shipping_address),
      })
    },
    { timeout: 15 }
  )
}

/** Undoes issueInvoiceForOrder when the completion fails after it: the credit is held again. */
export async function withdrawInvoice(container: MedusaContainer, issued: IssuedInvoice | null | undefined) {
  if (!issued) return
  const service = netTermsModule(container)
  await service.deleteInvoices(issued.invoice_id)
  await service.updateCreditHolds({ id: issued.hold_id, status: "held", order_id: null })
}
