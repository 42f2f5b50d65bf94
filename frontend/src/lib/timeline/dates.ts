/**
 * Calendar days for the timeline. A roadmap date "YYYY-MM-DD" becomes the
 * Date at UTC midnight of that day, so that day arithmetic (d3-time's utcDay)
 * never meets a daylight-saving change.
 */
import { utcDay } from 'd3-time'
import { utcFormat, utcParse } from 'd3-time-format'

const parseIso = utcParse('%Y-%m-%d')
const formatIso = utcFormat('%Y-%m-%d')

/** parseDay parses "YYYY-MM-DD"; it returns null for a missing or invalid date. */
export function parseDay(text: string | undefined | null): Date | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const day = parseIso(text)
  // utcParse accepts 2026-02-31 as March 3rd: reject dates that do not round-trip.
  return day && formatIso(day) === text ? day : null
}

/** formatDay writes a day as "YYYY-MM-DD". */
export function formatDay(day: Date): string {
  return formatIso(day)
}

/** addDays moves a day by n calendar days (n may be negative). */
export function addDays(day: Date, n: number): Date {
  return utcDay.offset(day, n)
}

/** daysBetween counts the calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return a <= b ? utcDay.count(a, b) : -utcDay.count(b, a)
}

/** localToday is today's date on the user's clock, as a UTC-midnight day. */
export function localToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))
}

/** minDay and maxDay return the earliest and latest of some days (null when none). */
export function minDay(days: Iterable<Date>): Date | null {
  let min: Date | null = null
  for (const d of days) if (!min || d < min) min = d
  return min
}

export function maxDay(days: Iterable<Date>): Date | null {
  let max: Date | null = null
  for (const d of days) if (!max || d > max) max = d
  return max
}
