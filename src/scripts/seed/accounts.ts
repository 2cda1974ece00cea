import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

export const DEMO_ADMIN = {
  email: process.env.ADMIN_EMAIL ?? "admin@example.com",
  password: process.env.ADMIN_PASSWORD ?? "supersecret",
}
export const DEMO_CUSTOMER = {
  email: "shopper@example.com",
  password: "supersecret",
  first_name: "Sam",
  last_name: "Shopper",
}

async function registerEmailPass(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

/** A customer with an email/password login; found again on a re-run. */
export async function ensureCustomerAccount(
  container: MedusaContainer,
  person: { email: string; password: string; first_name: string; last_name: string }
) {
  const customerService = container.resolve(Modules.CUSTOMER)
  const [existing] = await customerService.listCustomers({ email: person.email, has_account: true })
  if (existing) return existing
  const authIdentityId = await registerEmailPass(container, person.email, person.password)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId,
      customerData: { email: person.email, first_name: person.first_name, last_name: person.last_name },
    },
  })
  return result
}

/** The merchant's admin user and a demo consumer account, each with an email/password login. */
export async function seedAccounts(container: MedusaContainer) {
  const userService = container.resolve(Modules.USER)
  const [user] = await userService.listUsers({ email: DEMO_ADMIN.email })
  if (!user) {
    const authIdentityId = await registerEmailPass(container, DEMO_ADMIN.email, DEMO_ADMIN.password)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: DEMO_ADMIN.email, first_name: "Demo", last_name: "Admin" } },
    })
  }

  await ensureCustomerAccount(container, DEMO_CUSTOMER)
  return { admin: DEMO_ADMIN, customer: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password } }
}
