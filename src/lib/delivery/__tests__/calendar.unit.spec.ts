import {
  checkRequestedDate,
  DeliveryCalendarRules,
  earliestDeliveryDate,
  isClockTime,
  isIsoDate,
  isTimeZone,
  nextAllowedDates,
  orderDay,
  ReceivingWindow,
} from "../calendar"

// Berlin is UTC+1 in winter (CET) and UTC+2 in summer (CEST); every `now` below is a UTC instant.
const rules: DeliveryCalendarRules = {
  delivery_weekdays: [1, 2, 3, 4, 5],
  cutoff_time: "14:00",
  lead_days: 1,
  closed_dates: ["2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01"],
  time_zone: "Europe/Berlin",
}
const tuesdayMorning = new Date("2026-12-01T09:00:00Z")
const tuesdayAndThursdayWindows: ReceivingWindow[] = [
  { weekday: 2, from: "08:00", to: "12:00" },
  { weekday: 4, from: "13:00", to: "17:00" },
  { weekday: 4, from: "07:00", to: "09:00" },
]

describe("order day and cut-off", () => {
  it("counts an order from the cut-off on as placed the next day", () => {
    expect(orderDay(rules, new Date("2026-12-01T12:59:00Z"))).toBe("2026-12-01") // 13:59 in Berlin
    expect(orderDay(rules, new Date("2026-12-01T13:00:00Z"))).toBe("2026-12-02") // 14:00 in Berlin
  })

  it("reads the day in the calendar's zone, not in UTC", () => {
    expect(orderDay(rules, new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02") // 00:30 on Wednesday in Berlin, before the cut-off
    expect(orderDay(rules, new Date("2026-12-01T22:59:00Z"))).toBe("2026-12-02") // 23:59 on Tuesday in Berlin, after the cut-off
    expect(orderDay({ ...rules, time_zone: "America/New_York", cutoff_time: "23:00" }, new Date("2026-12-02T03:00:00Z"))).toBe("2026-12-01") // 22:00 on Tuesday in New York
  })

  it("applies the cut-off in summer time too", () => {
    expect(orderDay(rules, new Date("2026-07-01T11:59:00Z"))).toBe("2026-07-01")
    expect(orderDay(rules, new Date("2026-07-01T12:00:00Z"))).toBe("2026-07-02")
  })
})

describe("lead time in working days", () => {
  it("is the order day itself with no lead time, even on a weekend", () => {
    expect(earliestDeliveryDate({ ...rules, lead_days: 0 }, tuesdayMorning)).toBe("2026-12-01")
    expect(earliestDeliveryDate({ ...rules, lead_days: 0 }, new Date("2026-12-05T09:00:00Z"))).toBe("2026-12-05")
  })

  it("skips the weekend: a Friday order with 2 working days arrives on Tuesday", () => {
    expect(earliestDeliveryDate({ ...rules, lead_days: 2 }, new Date("2026-12-04T09:00:00Z"))).toBe("2026-12-08")
  })

  it("counts from the next day after the cut-off: a late Thursday order with 1 working day arrives on Monday", () => {
    expect(earliestDeliveryDate(rules, new Date("2026-12-03T13:30:00Z"))).toBe("2026-12-07")
  })

  it("skips closed dates in the lead time", () => {
    const wednesdayBeforeChristmas = new Date("2026-12-23T09:00:00Z")
    expect(earliestDeliveryDate(rules, wednesdayBeforeChristmas)).toBe("2026-12-28")
    expect(earliestDeliveryDate({ ...rules, lead_days: 2 }, wednesdayBeforeChristmas)).toBe("2026-12-29")
  })
})

describe("next allowed dates", () => {
  it("lists the next dates on delivery weekdays, without a window when the address has none", () => {
    expect(nextAllowedDates(rules, [], tuesdayMorning, 5)).toEqual([
      { date: "2026-12-02", window: null },
      { date: "2026-12-03", window: null },
      { date: "2026-12-04", window: null },
      { date: "2026-12-07", window: null },
      { date: "2026-12-08", window: null },
    ])
  })

  it("leaves out closed dates", () => {
    expect(nextAllowedDates(rules, [], new Date("2026-12-22T09:00:00Z"), 5).map((d) => d.date)).toEqual([
      "2026-12-23",
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2027-01-04",
    ])
  })

  it("keeps only the merchant's delivery weekdays", () => {
    const mondayWednesdayFriday = { ...rules, delivery_weekdays: [1, 3, 5] as DeliveryCalendarRules["delivery_weekdays"] }
    expect(nextAllowedDates(mondayWednesdayFriday, [], tuesdayMorning, 4).map((d) => d.date)).toEqual([
      "2026-12-02",
      "2026-12-04",
      "2026-12-07",
      "2026-12-09",
    ])
  })

  it("keeps only weekdays the address receives on, with that day's earliest window", () => {
    expect(nextAllowedDates(rules, tuesdayAndThursdayWindows, tuesdayMorning, 3)).toEqual([
      { date: "2026-12-03", window: { from: "07:00", to: "09:00" } },
      { date: "2026-12-08", window: { from: "08:00", to: "12:00" } },
      { date: "2026-12-10", window: { from: "07:00", to: "09:00" } },
    ])
  })

  it("searches no further than the horizon, counting calendar days from the earliest date", () => {
    const thursdayMorning = new Date("2026-12-03T09:00:00Z") // earliest: Friday
    expect(nextAllowedDates(rules, [], thursdayMorning, 5, 3).map((d) => d.date)).toEqual(["2026-12-04"])
    expect(nextAllowedDates(rules, [], thursdayMorning, 5, 4).map((d) => d.date)).toEqual(["2026-12-04", "2026-12-07"])
    expect(nextAllowedDates(rules, [], thursdayMorning, 5, 0)).toEqual([])
    expect(nextAllowedDates(rules, [], thursdayMorning, 0)).toEqual([])
  })

  it("finds nothing when no weekday is ever allowed", () => {
    expect(nextAllowedDates({ ...rules, delivery_weekdays: [6] }, tuesdayAndThursdayWindows, tuesdayMorning, 1)).toEqual([])
  })
})

describe("a requested date", () => {
  it("is allowed on a delivery day from the earliest date on, with the address's window", () => {
    expect(checkRequestedDate(rules, [], tuesdayMorning, "2026-12-02")).toEqual({ allowed: true, window: null })
    expect(checkRequestedDate(rules, tuesdayAndThursdayWindows, tuesdayMorning, "2026-12-03")).toEqual({ allowed: true, window: { from: "07:00", to: "09:00" } })
  })

  it("is refused on a closed date, naming the next allowed date", () => {
    expect(checkRequestedDate(rules, [], new Date("2026-12-21T09:00:00Z"), "2026-12-24")).toEqual({
      allowed: false,
      reason: "closed",
      next: "2026-12-28",
      message: "2026-12-24 is a closed date; the next allowed delivery date is 2026-12-28",
    })
  })

  it("is refused before the earliest date, pointing at the first allowed date", () => {
    expect(checkRequestedDate(rules, [], new Date("2026-12-01T13:00:00Z"), "2026-12-02")).toEqual({
      allowed: false,
      reason: "too_early",
      next: "2026-12-03",
      message: "2026-12-02 is before the earliest possible delivery date 2026-12-03; the next allowed delivery date is 2026-12-03",
    })
  })

  it("is refused on a weekday the merchant does not deliver on", () => {
    expect(checkRequestedDate(rules, [], tuesdayMorning, "2026-12-05")).toEqual({
      allowed: false,
      reason: "not_a_delivery_day",
      next: "2026-12-07",
      message: "2026-12-05 is a Saturday, not a delivery day; the next allowed delivery date is 2026-12-07",
    })
    const mondayWednesdayFriday = { ...rules, delivery_weekdays: [1, 3, 5] as DeliveryCalendarRules["delivery_weekdays"] }
    expect(checkRequestedDate(mondayWednesdayFriday, [], tuesdayMorning, "2026-12-03")).toMatchObject({ reason: "not_a_delivery_day", next: "2026-12-04" })
  })

  it("is refused on a weekday the address has no receiving window", () => {
    expect(checkRequestedDate(rules, tuesdayAndThursdayWindows, tuesdayMorning, "2026-12-02")).toEqual({
      allowed: false,
      reason: "no_receiving_window",
      next: "2026-12-03",
      message: "the address does not receive deliveries on Wednesdays (2026-12-02); the next allowed delivery date is 2026-12-03",
    })
  })

  it("skips closed dates and days without a window when naming the next date", () => {
    expect(checkRequestedDate(rules, tuesdayAndThursdayWindows, new Date("2026-12-21T09:00:00Z"), "2026-12-23")).toMatchObject({
      reason: "no_receiving_window",
      next: "2026-12-29",
    })
  })

  it.each(["2026-02-30", "tomorrow", "2026-2-3", "2026-12-02T10:00", ""])("is refused when %j is not a date", (date) => {
    expect(checkRequestedDate(rules, [], tuesdayMorning, date)).toEqual({
      allowed: false,
      reason: "invalid_date",
      next: "2026-12-02",
      message: `"${date}" is not a date of the form YYYY-MM-DD; the next allowed delivery date is 2026-12-02`,
    })
  })

  it("says so when no date is available within the horizon", () => {
    expect(checkRequestedDate({ ...rules, delivery_weekdays: [] }, [], tuesdayMorning, "2026-12-02")).toEqual({
      allowed: false,
      reason: "not_a_delivery_day",
      next: null,
      message: "2026-12-02 is a Wednesday, not a delivery day; no delivery date is available within 120 days",
    })
  })
})

describe("across a daylight saving change", () => {
  // Berlin leaves summer time on Sunday 2026-10-25 and enters it on Sunday 2027-03-28.
  it("moves the cut-off instant with the local clock", () => {
    expect(orderDay(rules, new Date("2026-10-22T12:30:00Z"))).toBe("2026-10-23") // Thursday 14:30 CEST
    expect(orderDay(rules, new Date("2026-10-26T12:30:00Z"))).toBe("2026-10-26") // Monday 13:30 CET
    expect(orderDay(rules, new Date("2026-10-26T13:00:00Z"))).toBe("2026-10-27")
  })

  it("reads the local date right around midnight on both sides of the change", () => {
    expect(orderDay(rules, new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25") // 00:30 CEST
    expect(orderDay(rules, new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-26") // 00:30 CET
    expect(orderDay(rules, new Date("2027-03-28T22:30:00Z"))).toBe("2027-03-29") // 00:30 CEST
  })

  it("steps one calendar day at a time through the 25-hour and the 23-hour day", () => {
    const everyDay = { ...rules, delivery_weekdays: [1, 2, 3, 4, 5, 6, 7] as DeliveryCalendarRules["delivery_weekdays"], lead_days: 0 }
    expect(nextAllowedDates(everyDay, [], new Date("2026-10-24T08:00:00Z"), 3).map((d) => d.date)).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"])
    expect(nextAllowedDates(everyDay, [], new Date("2027-03-27T08:00:00Z"), 3).map((d) => d.date)).toEqual(["2027-03-27", "2027-03-28", "2027-03-29"])
  })

  it("counts the lead time over the change in working days", () => {
    expect(earliestDeliveryDate({ ...rules, lead_days: 2 }, new Date("2026-10-23T09:00:00Z"))).toBe("2026-10-27")
    expect(earliestDeliveryDate({ ...rules, lead_days: 2 }, new Date("2027-03-26T09:00:00Z"))).toBe("2027-03-30")
  })
})

describe("validation helpers", () => {
  it("accepts only real calendar dates written YYYY-MM-DD", () => {
    expect(["2026-02-28", "2028-02-29", "2026-12-31"].every(isIsoDate)).toBe(true)
    expect(["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "tomorrow", "2026-2-3", " 2026-02-03", "2026-02-03T00:00"].some(isIsoDate)).toBe(false)
  })

  it("accepts clock times from 00:00 to 23:59", () => {
    expect(["00:00", "09:30", "23:59"].every(isClockTime)).toBe(true)
    expect(["24:00", "7:30", "12:60", "12:00:00", "noon"].some(isClockTime)).toBe(false)
  })

  it("accepts the time zones Intl knows", () => {
    expect(["Europe/Berlin", "America/New_York", "UTC"].every(isTimeZone)).toBe(true)
    expect(["Mars/Olympus_Mons", "", "GMT+25"].some(isTimeZone)).toBe(false)
  })
})
