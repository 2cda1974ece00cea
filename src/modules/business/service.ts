import { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { Membership, RoleAssignment, rolesOf, UnitNode } from "../../lib/business/access"
import { roleCatalog, RoleCatalog } from "../../lib/business/permissions"
import { TaxProfile } from "../../lib/tax/contract"
import { taxProfileOfRecord } from "../../lib/tax/profile"
import { Associate } from "./models/associate"
import { BusinessUnit } from "./models/business-unit"
import { BusinessUnitAddress } from "./models/business-unit-address"
import { Invite } from "./models/invite"
import { BusinessRole } from "./models/role"

export type UnitRecord = UnitNode & { name: string; company_id: string | null; status: "active" | "inactive"; metadata?: Record<string, unknown> | null }

/** What the access rules need to know about one customer (see src/lib/business/access.ts). */
export type CustomerAccess = {
  customerId: string
  memberships: Membership[]
  units: Map<string, UnitRecord>
  catalog: RoleCatalog
}

class BusinessModuleService extends MedusaService({
  BusinessUnit,
  BusinessUnitAddress,
  BusinessAssociate: Associate,
  BusinessInvite: Invite,
  BusinessRole,
}) {
  /** Every unit of the given companies (the companies themselves included). */
  async listCompanyTrees(companyIds: string[]): Promise<UnitRecord[]> {
    if (!companyIds.length) return []
    return (await this.listBusinessUnits(
      { $or: [{ id: companyIds }, { company_id: companyIds }] },
      { select: ["id", "name", "parent_id", "company_id", "status", "metadata"], take: null }
    )) as UnitRecord[]
  }

  async retrieveBusinessUnitOrFail(id: string) {
    const [unit] = await this.listBusinessUnits({ id })
    if (!unit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business unit ${id} was not found`)
    }
    return unit
  }

  /**
   * The unit's tax standing: its own when it has a VAT id or resale certificate of its own,
   * otherwise its company's (a division is usually part of the same legal entity).
   */
  async taxProfileOf(unitId: string): Promise<TaxProfile | null> {
    const [unit] = await this.listBusinessUnits({ id: unitId }, { select: [...TAX_FIELDS, "company_id"] })
    if (!unit) return null
    if (unit.tax_id || unit.exemption_certificate || !unit.company_id) return taxProfileOfRecord(unit)
    const [company] = await this.listBusinessUnits({ id: unit.company_id }, { select: TAX_FIELDS })
    return taxProfileOfRecord(company ?? unit)
  }

  /** The associate, if it belongs to the unit: another unit's associate is "not found" there. */
  async retrieveUnitAssociateOrFail(unitId: string, associateId: string) {
    const [associate] = await this.listBusinessAssociates({ id: associateId, business_unit_id: unitId })
    if (!associate) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${associateId} was not found in this business unit`)
    }
    return associate
  }

  /** The invite, if it was sent for the unit: another unit's invite is "not found" there. */
  async retrieveUnitInviteOrFail(unitId: string, inviteId: string) {
    const [invite] = await this.listBusinessInvites({ id: inviteId, business_unit_id: unitId })
    if (!invite) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite ${inviteId} was not found in this business unit`)
    }
    return invite
  }

  /** The address, if it belongs to the unit: another unit's address is "not found" there. */
  async retrieveUnitAddressOrFail(unitId: string, addressId: string, sharedContext: Context = {}) {
    const [address] = await this.listBusinessUnitAddresses({ id: addressId, business_unit_id: unitId }, {}, sharedContext)
    if (!address) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address ${addressId} was not found in this business unit`)
    }
    return address
  }

  /** Refuses role handles that are neither built in nor defined by the merchant. */
  async assertKnownRoles(roles: RoleAssignment[]) {
    if (!roles.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An associate needs at least one role")
    }
    const merchantRoles = await this.listBusinessRoles({}, { take: null })
    const catalog = roleCatalog(merchantRoles as { handle: string; permissions: unknown }[])
    const unknown = roles.map((r) => r.role).filter((role) => !catalog.has(role))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown role: ${unknown.join(", ")}`)
    }
  }

  /** The customer's memberships, the trees of their companies and the role catalog. */
  async accessOf(customerId: string): Promise<CustomerAccess> {
    const associates = await this.listBusinessAssociates(
      { customer_id: customerId },
      { select: ["id", "business_unit_id", "roles"], take: null }
    )
    const memberships: Membership[] = associates.map((a: any) => ({
      associate_id: a.id,
      unit_id: a.business_unit_id,
      roles: rolesOf(a.roles),
    }))
    if (!memberships.length) {
      return { customerId, memberships, units: new Map(), catalog: roleCatalog() }
    }
    const direct = await this.listBusinessUnits(
      { id: memberships.map((m) => m.unit_id) },
      { select: ["id", "company_id"], take: null }
    )
    const [tree, merchantRoles] = await Promise.all([
      this.listCompanyTrees([...new Set(direct.map((u) => u.company_id ?? u.id))]),
      this.listBusinessRoles({}, { select: ["handle", "permissions"], take: null }),
    ])
    return {
      customerId,
      memberships,
      units: new Map(tree.map((u) => [u.id, u])),
      catalog: roleCatalog(merchantRoles as { handle: string; permissions: unknown }[]),
    }
  }

  /**
   * Creates or updates an address of a unit in one transaction; an address made the default
   * for shipping or billing takes that place from the unit's other addresses.
   */
  @InjectTransactionManager()
  async saveUnitAddress(
    unitId: string,
    data: Record<string, unknown>,
    addressId?: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (addressId) await this.retrieveUnitAddressOrFail(unitId, addressId, sharedContext)
    for (const flag of ["is_default_shipping", "is_default_billing"] as const) {
      if (data[flag] !== true) continue
      const current = await this.listBusinessUnitAddresses({ business_unit_id: unitId, [flag]: true }, {}, sharedContext)
      const others = current.filter((a) => a.id !== addressId)
      if (others.length) {
        await this.updateBusinessUnitAddresses(others.map((a) => ({ id: a.id, [flag]: false })), sharedContext)
      }
    }
    return addressId
      ? await this.updateBusinessUnitAddresses({ id: addressId, ...data }, sharedContext)
      : await this.createBusinessUnitAddresses({ ...data, business_unit_id: unitId } as any, sharedContext)
  }
}

export default BusinessModuleService

const TAX_FIELDS = ["id", "tax_id", "tax_id_verified_at", "exemption_certificate", "exemption_state", "exemption_expires_at", "exemption_verified_at"]
