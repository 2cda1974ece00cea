// The portal's handlers (src/api/utils/unit-addresses.ts): the merchant keeps a unit's addresses as its admins do.
export { listUnitAddresses as GET, addUnitAddress as POST } from "../../../../utils/unit-addresses"
