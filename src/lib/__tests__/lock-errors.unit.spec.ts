import { MedusaError } from "@medusajs/framework/utils"
import { isLockTimeout } from "../lock-errors"

describe("isLockTimeout", () => {
  it("recognises the lock time-out of both the in-process and the Redis provider", () => {
    expect(isLockTimeout(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(isLockTimeout(new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock."))).toBe(true)
    expect(isLockTimeout({ message: "Timed-out acquiring lock." })).toBe(true)
  })

  it("leaves every other error alone", () => {
    expect(isLockTimeout(new Error("boom"))).toBe(false)
    expect(isLockTimeout(new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed"))).toBe(false)
    expect(isLockTimeout(null)).toBe(false)
  })
})
