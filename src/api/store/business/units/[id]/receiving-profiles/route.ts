// The same handlers as the admin's (src/api/utils/receiving-profiles.ts); the unit's permissions are checked by the middlewares.
export { listReceivingProfiles as GET } from "../../../../../utils/receiving-profiles"
