const { summarize, formatSummary } = require("../lib/test-summary")

const report = (over) => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numRuntimeErrorTestSuites: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  success: true,
  ...over,
})

describe("test summary", () => {
  it("adds up passes, failures and skips over runs", () => {
    const totals = summarize([
      { code: 0, report: report({ numPassedTests: 5 }) },
      { code: 1, report: report({ numPassedTests: 2, numFailedTests: 1, numPendingTests: 2, success: false }) },
    ])
    expect(totals).toEqual({ passed: 7, failed: 1, skipped: 2, ok: false })
    expect(formatSummary(totals)).toBe("7 passed, 1 failed, 2 skipped")
  })

  it("counts a suite that failed to load and a run that left no report as failures", () => {
    const totals = summarize([
      { code: 1, report: report({ numPassedTests: 3, numRuntimeErrorTestSuites: 1, success: false }) },
      { code: 1, report: null },
    ])
    expect(totals).toEqual({ passed: 3, failed: 2, skipped: 0, ok: false })
  })

  it("is ok only when every run succeeded", () => {
    expect(summarize([{ code: 0, report: report({ numPassedTests: 1 }) }]).ok).toBe(true)
    expect(summarize([{ code: 1, report: report({ numPassedTests: 1 }) }]).ok).toBe(false)
    expect(formatSummary({ passed: 1, failed: 0, skipped: 0 })).toBe("1 passed, 0 failed")
  })
})
