import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessModule } from "../../../modules/business"

export const findAssociateCompanyStepId = "find-business-associate-company"

/** The associate and its company: changes to a company's admins are serialised on the company. */
export const findAssociateCompanyStep = createStep(
  findAssociateCompanyStepId,
  async ({ associate_id }: { associate_id: string }, { container }) => {
    const service = businessModule(container)
    const [associate] = await service.listBusinessAssociates({ id: associate_id }, { relations: ["business_unit"] })
    if (!associate) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${associate_id} was not found`)
    }
    const unit = associate.business_unit as any
    return new StepResponse({
      associate_id,
      customer_id: associate.customer_id,
      business_unit_id: unit.id as string,
      company_id: (unit.company_id ?? unit.id) as string,
    })
  }
)
