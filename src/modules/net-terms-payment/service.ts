import {
  AuthorizePaymentInput,
  CancelPaymentInput,
  CapturePaymentInput,
  DeletePaymentInput,
  GetPaymentStatusInput,
  InitiatePaymentInput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RetrievePaymentInput,
  UpdatePaymentInput,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"

/**
 * Net terms: the buyer pays later, on invoice. The provider itself moves no money; it only
 * accepts sessions that the store middleware opened for a business cart with terms (it writes
 * `business_unit_id` and `credit_holder_id` into the session data, overwriting the client's).
 * The credit check and reservation happen in the cart-completion validate hook, under a lock on
 * the credit holder, because a payment provider cannot see carts or business units.
 */
class NetTermsPaymentProvider extends AbstractPaymentProvider {
  static identifier = "net-terms"

  // The base class's constructor is protected; Medusa's provider loader needs a public one.
  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
  }

  private assertBusinessSession(data: Record<string, unknown> | undefined) {
    if (!data?.business_unit_id || !data?.credit_holder_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Net terms are only available to business units with payment terms, ordering through the Wholesale storefront"
      )
    }
  }

  async initiatePayment({ data }: InitiatePaymentInput) {
    this.assertBusinessSession(data)
    return { id: `netterms_${randomUUID()}`, data: { ...data } }
  }

  async authorizePayment({ data }: AuthorizePaymentInput) {
    this.assertBusinessSession(data)
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...data, authorized_at: new Date().toISOString() } }
  }

  async capturePayment({ data }: CapturePaymentInput) {
    return { data: { ...data, captured_at: new Date().toISOString() } }
  }

  async cancelPayment({ data }: CancelPaymentInput) {
    return { data: { ...data, canceled_at: new Date().toISOString() } }
  }

  async refundPayment({ data }: RefundPaymentInput) {
    return { data: { ...data } }
  }

  async retrievePayment({ data }: RetrievePaymentInput) {
    return { data: { ...data } }
  }

  async updatePayment({ data }: UpdatePaymentInput) {
    return { data: { ...data } }
  }

  async deletePayment({ data }: DeletePaymentInput) {
    return { data: { ...data } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput) {
    return { status: data?.captured_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]) {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default NetTermsPaymentProvider
