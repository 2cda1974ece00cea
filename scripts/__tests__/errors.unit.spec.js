const { databaseConnectionMessage } = require("../lib/errors")
const { embeddedStartFailure, parseDatabaseUrl } = require("../lib/database")

describe("database error messages", () => {
  const url = "postgres://u:p@db.internal:6543/shop"

  it("names the host and the cause of a failed connection in one line", () => {
    const refused = databaseConnectionMessage({ code: "ECONNREFUSED" }, url)
    expect(refused).toMatch(/^Cannot connect to PostgreSQL at db.internal:6543: connection refused/)
    expect(databaseConnectionMessage({ code: "ENOTFOUND" }, url)).toMatch(/does not resolve/)
    expect(databaseConnectionMessage({ code: "28P01" }, url)).toMatch(/refused the credentials/)
    for (const message of [refused, databaseConnectionMessage(new Error("boom\n at x"), url)]) {
      expect(message).not.toContain("\n")
    }
  })

  it("refuses a DATABASE_URL that is not a postgres URL with a database", () => {
    expect(() => parseDatabaseUrl("nonsense")).toThrow(/not a valid URL/)
    expect(() => parseDatabaseUrl("mysql://h/db")).toThrow(/must start with postgres:\/\//)
    expect(() => parseDatabaseUrl("postgres://h:5432")).toThrow(/names no database/)
    expect(parseDatabaseUrl("postgres://h:5432/shop")).toEqual({ database: "shop" })
  })

  it("explains why the embedded PostgreSQL did not start", () => {
    expect(embeddedStartFailure("LOG: could not bind IPv4 address", 5433, "d")).toMatch(/Port 5433 .* in use/)
    expect(
      embeddedStartFailure('FATAL:  lock file "postmaster.pid" already exists\nHINT:  Is another postmaster (PID 4242) running', 1, "d")
    ).toMatch(/pid 4242/)
    expect(embeddedStartFailure("FATAL:  data directory has wrong ownership", 1, "d")).toMatch(/wrong ownership/)
  })
})
