// The same handlers as the admin's (src/api/utils/unit-addresses.ts); the unit's permissions are checked by the middlewares.
export { updateUnitAddress as POST, deleteUnitAddress as DELETE } from "../../../../../../utils/unit-addresses"
