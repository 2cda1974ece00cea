// The same handlers as the admin's (src/api/utils/unit-addresses.ts); the unit's permissions are checked by the middlewares.
export { listUnitAddresses as GET, addUnitAddress as POST } from "../../../../../utils/unit-addresses"
