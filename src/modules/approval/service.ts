import { MedusaService } from "@medusajs/framework/utils"
import { ApprovalBudget } from "./models/approval-budget"
import { ApprovalDecision } from "./models/approval-decision"
import { ApprovalFlow } from "./models/approval-flow"
import { ApprovalRule } from "./models/approval-rule"

class ApprovalModuleService extends MedusaService({ ApprovalRule, ApprovalBudget, ApprovalFlow, ApprovalDecision }) {}

export default ApprovalModuleService
