import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../utils/business-context"
import { flowFor } from "../access"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json({ approval: await flowFor(req) })
}
