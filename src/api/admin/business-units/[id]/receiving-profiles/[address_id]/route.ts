// The portal's handlers (src/api/utils/receiving-profiles.ts): the merchant keeps receiving profiles as the unit's admins do.
export { saveReceivingProfile as POST } from "../../../../../utils/receiving-profiles"
