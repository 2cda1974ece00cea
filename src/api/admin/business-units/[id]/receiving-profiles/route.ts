// The portal's handlers (src/api/utils/receiving-profiles.ts): the merchant keeps receiving profiles as the unit's admins do.
export { listReceivingProfiles as GET } from "../../../../utils/receiving-profiles"
