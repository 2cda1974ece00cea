const DAY = 24 * 60 * 60 * 1000

/** A moment `days` days before `now`; history is dated relative to the day the seed runs. */
export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY)

export const daysAfter = (day: Date, days: number) => new Date(day.getTime() + days * DAY)
