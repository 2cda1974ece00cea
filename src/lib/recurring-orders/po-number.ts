/**
 * A run's PO number from the schedule's pattern: `{yyyy}` year, `{mm}` month, `{dd}` day,
 * `{ww}` ISO week (with `{gggg}`, its ISO week-year, so the last days of December can belong
 * to week 1), `{n}` the run's number. Other text is kept as written: `PO-{yyyy}-{ww}` on
 * 2026-12-07 is `PO-2026-50`.
 */

export const PO_TOKENS = ["{yyyy}", "{mm}", "{dd}", "{ww}", "{gggg}", "{n}"] as const

const pad = (n: number) => String(n).padStart(2, "0")

/** ISO 8601 week number and week-year of a calendar date (UTC). */
export function isoWeek(date: string): { week: number; year: number } {
  const d = new Date(`${date}T00:00:00Z`)
  const weekday = d.getUTCDay() || 7
  d.setUTCDate(d.getUTCDate() + 4 - weekday) // the Thursday of the week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1)
  return { week: Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7), year: d.getUTCFullYear() }
}

/** Tokens in braces the pattern uses that are not known (a typo would otherwise end up on every PO). */
export function unknownPoTokens(pattern: string): string[] {
  return [...pattern.matchAll(/\{[^}]*\}/g)].map((m) => m[0]).filter((t) => !(PO_TOKENS as readonly string[]).includes(t))
}

export function poNumberFor(pattern: string, runOn: string, runNumber: number): string {
  const [year, month, dayOfMonth] = runOn.split("-")
  const { week, year: weekYear } = isoWeek(runOn)
  return pattern
    .replaceAll("{yyyy}", year)
    .replaceAll("{mm}", month)
    .replaceAll("{dd}", dayOfMonth)
    .replaceAll("{ww}", pad(week))
    .replaceAll("{gggg}", String(weekYear))
    .replaceAll("{n}", String(runNumber))
}
