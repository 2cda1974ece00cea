import { isInvalidInputDbError } from "../db-errors"

describe("isInvalidInputDbError", () => {
  it("recognises PostgreSQL data exceptions, also when wrapped", () => {
    expect(isInvalidInputDbError({ code: "22021", message: 'invalid byte sequence for encoding "UTF8": 0x00' })).toBe(true)
    expect(isInvalidInputDbError({ code: "22P02" })).toBe(true)
    expect(isInvalidInputDbError({ name: "DriverException", code: "08P01" })).toBe(true)
    expect(isInvalidInputDbError(Object.assign(new Error("wrapped"), { cause: { code: "22003" } }))).toBe(true)
    expect(isInvalidInputDbError({ original: { originalError: { code: "22007" } } })).toBe(true)
  })

  it("leaves other database and application errors alone", () => {
    expect(isInvalidInputDbError({ code: "23505" })).toBe(false)
    expect(isInvalidInputDbError(new Error("boom"))).toBe(false)
    expect(isInvalidInputDbError(null)).toBe(false)
  })
})
