import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BUSINESS_MODULE } from ".."
import { Associate } from "../models/associate"
import { BusinessUnit } from "../models/business-unit"
import { BusinessUnitAddress } from "../models/business-unit-address"
import { Invite } from "../models/invite"
import { BusinessRole } from "../models/role"
import BusinessModuleService from "../service"

jest.setTimeout(60_000)

const ADDRESS = { address_1: "Marktplatz 1", city: "Berlin", postal_code: "10115", country_code: "de" }

moduleIntegrationTestRunner<BusinessModuleService>({
  moduleName: BUSINESS_MODULE,
  moduleModels: [BusinessUnit, BusinessUnitAddress, Associate, Invite, BusinessRole],
  resolve: "./src/modules/business",
  testSuite: ({ service }) => {
    it("keeps one default shipping and one default billing address per unit", async () => {
      const unit = await service.createBusinessUnits({ name: "Acme" })
      const first = await service.saveUnitAddress(unit.id, { ...ADDRESS, is_default_shipping: true, is_default_billing: true })
      const second = await service.saveUnitAddress(unit.id, { ...ADDRESS, city: "Hamburg", is_default_shipping: true })
      await service.saveUnitAddress(unit.id, { is_default_billing: true }, second.id)

      const addresses = await service.listBusinessUnitAddresses({ business_unit_id: unit.id })
      const flags = Object.fromEntries(addresses.map((a) => [a.city, [a.is_default_shipping, a.is_default_billing]]))
      expect(flags).toEqual({ Berlin: [false, false], Hamburg: [true, true] })
      expect(first.id).not.toEqual(second.id)
    })

    it("gives a division its company's tax standing unless it has a VAT id or certificate of its own", async () => {
      const verified = new Date("2026-11-20T10:00:00.000Z")
      const company = await service.createBusinessUnits({ name: "Wien GmbH", tax_id: "ATU12345678", tax_id_verified_at: verified })
      const [division, own] = await service.createBusinessUnits([
        { name: "Wien Mitte", parent_id: company.id, company_id: company.id },
        { name: "Wien Süd", parent_id: company.id, company_id: company.id, tax_id: "ATU99999999" },
      ])
      expect(await service.taxProfileOf(division.id)).toEqual({ tax_id: "ATU12345678", tax_id_verified_at: verified.toISOString(), exemption: null })
      expect(await service.taxProfileOf(own.id)).toEqual({ tax_id: "ATU99999999", tax_id_verified_at: null, exemption: null })
      expect(await service.taxProfileOf("bu_missing")).toBeNull()
    })

    it("refuses to update an address through another unit", async () => {
      const [a, b] = await service.createBusinessUnits([{ name: "A" }, { name: "B" }])
      const address = await service.saveUnitAddress(a.id, ADDRESS)
      await expect(service.saveUnitAddress(b.id, { city: "Elsewhere" }, address.id)).rejects.toThrow(/not found in this business unit/)
      const [unchanged] = await service.listBusinessUnitAddresses({ id: address.id })
      expect(unchanged.city).toBe("Berlin")
    })

    it("loads a customer's memberships with the whole trees of their companies and the merchant roles", async () => {
      const acme = await service.createBusinessUnits({ name: "Acme" })
      const berlin = await service.createBusinessUnits({ name: "Berlin", parent_id: acme.id, company_id: acme.id })
      const mitte = await service.createBusinessUnits({ name: "Mitte", parent_id: berlin.id, company_id: acme.id })
      await service.createBusinessUnits({ name: "Globex" })
      await service.createBusinessRoles({ handle: "clerk", name: "Clerk", permissions: ["carts.view_own"] as any })
      await service.createBusinessAssociates({
        business_unit_id: berlin.id,
        customer_id: "cus_1",
        email: "c@example.com",
        roles: [{ role: "clerk", inherit: true }] as any,
      })

      const access = await service.accessOf("cus_1")
      expect([...access.units.keys()].sort()).toEqual([acme.id, berlin.id, mitte.id].sort())
      expect(access.memberships).toEqual([
        expect.objectContaining({ unit_id: berlin.id, roles: [{ role: "clerk", inherit: true }] }),
      ])
      expect(access.catalog.get("clerk")).toEqual(["carts.view_own"])
      expect((await service.accessOf("cus_nobody")).units.size).toBe(0)
    })
  },
})
