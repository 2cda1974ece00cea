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

/** The merchant's admin user and a demo consumer account, each with an email/password login. */
export async function seedAccounts(container: MedusaContainer) {
  const userService = container.resolve(Modules.USER)
  const customerService = container.resolve(Modules.CUSTOMER)

  const [user] = await userService.listUsers({ email: DEMO_ADMIN.email })
  if (!user) {
    const authIdentityId = await registerEmailPass(container, DEMO_ADMIN.email, DEMO_ADMIN.password)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: DEMO_ADMIN.email, first_name: "Demo", last_name: "Admin" } },
    })
  }

  const [customer] = await customerService.listCustomers({ email: DEMO_CUSTOMER.email, has_account: true })
  if (!customer) {
    const authIdentityId = await registerEmailPass(container, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password)
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId,
        customerData: {
          email: DEMO_CUSTOMER.email,
          first_name: DEMO_CUSTOMER.first_name,
          last_name: DEMO_CUSTOMER.last_name,
        },
      },
    })
  }
  return { admin: DEMO_ADMIN, customer: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password } }
}
