import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadBusinessCart } from "../../business-cart/load-business-cart"
import { ApprovalSubject } from "./open-approval-flow"

export const prepareCartApprovalStepId = "prepare-cart-approval"

/**
 * The requester's business cart as it will be approved: the policy's reasons and merged tiers,
 * and the snapshot of its lines (variant, quantity, unit price) that an approval holds for.
 */
export const prepareCartApprovalStep = createStep(
  prepareCartApprovalStepId,
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    const loaded = await loadBusinessCart(container, input.cart_id)
    const unitId = loaded.unit?.unit?.id
    const associateId = loaded.cart.business_associate?.id ?? loaded.unit?.associate_id
    if (!unitId || !associateId || loaded.cart.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found among your business carts`)
    }
    if (!loaded.approval.reasons.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart needs no approval: it can be ordered as it is")
    }
    const subject: ApprovalSubject = {
      cart_id: loaded.cart.id,
      quote_id: null,
      business_unit_id: unitId,
      associate_id: associateId,
      customer_id: loaded.cart.customer_id,
      reasons: loaded.approval.reasons,
      tiers: loaded.approval.tiers,
      allow_self_approval: loaded.approval.allow_self_approval,
      snapshot: {
        lines: (loaded.cart.items ?? []).map((i: any) => ({
          variant_id: i.variant_id ?? null,
          sku: i.variant_sku ?? null,
          title: i.title,
          quantity: Number(i.quantity),
          unit_price: Number(i.unit_price),
        })),
        total: loaded.facts.total,
        currency_code: loaded.cart.currency_code,
      },
    }
    return new StepResponse(subject)
  }
)
