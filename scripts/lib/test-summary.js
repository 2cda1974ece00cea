/**
 * Totals jest's --json reports over several runs. A run that crashed, or whose suites failed
 * to load, counts as failed even when no single test did.
 */
function summarize(runs) {
  let passed = 0
  let failed = 0
  let skipped = 0
  let ok = true
  for (const { code, report } of runs) {
    if (!report) {
      failed += 1
      ok = false
      continue
    }
    passed += report.numPassedTests
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites
    skipped += report.numPendingTests + (report.numTodoTests ?? 0)
    if (code !== 0 || !report.success) ok = false
  }
  return { passed, failed, skipped, ok: ok && failed === 0 }
}

function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`
}

module.exports = { summarize, formatSummary }
