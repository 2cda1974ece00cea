import { MedusaService } from "@medusajs/framework/utils"
import { Quote } from "./models/quote"
import { QuoteLine } from "./models/quote-line"
import { QuoteMessage } from "./models/quote-message"

class QuoteModuleService extends MedusaService({ Quote, QuoteLine, QuoteMessage }) {}

export default QuoteModuleService
