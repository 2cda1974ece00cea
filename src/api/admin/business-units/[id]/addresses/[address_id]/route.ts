// The portal's handlers (src/api/utils/unit-addresses.ts): the merchant keeps a unit's addresses as its admins do.
export { updateUnitAddress as POST, deleteUnitAddress as DELETE } from "../../../../../utils/unit-addresses"
