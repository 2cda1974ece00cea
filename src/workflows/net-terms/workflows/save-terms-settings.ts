import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SaveTermsSettingsInput, saveTermsSettingsStep } from "../steps/save-terms-settings"

export const saveTermsSettingsWorkflow = createWorkflow("save-net-terms-settings", (input: SaveTermsSettingsInput) => {
  return new WorkflowResponse(saveTermsSettingsStep(input))
})
