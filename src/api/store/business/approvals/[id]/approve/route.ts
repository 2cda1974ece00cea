import { decideOnFlow } from "../../decide"

export const POST = decideOnFlow("approve")
