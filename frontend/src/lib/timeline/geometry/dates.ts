/**
 * Calendar days for the timeline. A roadmap date "YYYY-MM-DD" becomes the
 * Date at UTC midnight of that day, so that day arithmetic
 * never meets a daylight-saving change.
 */
import { utcFormat } from 'd3-time-format'

const formatIso = utcFormat('%Y-%m-%d')

/**
 * parseDay parses "YYYY-MM-DD"; it returns null for a missing or invalid
 * date (2026-02-31 included). It is on every redraw's path (a roadmap's dates,
 * tens of thousands of them, few distinct), so each distinct text is
 * validated once and remembered; every call returns a new Date.
 */
export function parseDay(text: string | undefined | null): Date | null {
  if (!text) return null
  let ms = parsed.get(text)
  if (ms === undefined) {
    ms = validDay(text)
    if (parsed.size >= PARSED_MAX) parsed.clear()
    parsed.set(text, ms)
  }
  return ms === null ? null : new Date(ms)
}

const PARSED_MAX = 50_000
const parsed = new Map<string, number | null>()

/** validDay is the UTC midnight (ms) of "YYYY-MM-DD", or null when the text is not a real day. */
function validDay(text: string): number | null {
  if (text.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const y = +text.slice(0, 4)
  const m = +text.slice(5, 7)
  const d = +text.slice(8, 10)
  const day = new Date(Date.UTC(y, m - 1, d))
  if (y < 100) day.setUTCFullYear(y)
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? +day : null
}

/** formatDay writes a day as "YYYY-MM-DD". */
export function formatDay(day: Date): string {
  return formatIso(day)
}

const DAY_MS = 86400000

/** addDays moves a day by n calendar days (n may be negative). Days are UTC midnights: no DST to mind. */
export function addDays(day: Date, n: number): Date {
  return new Date(+day + n * DAY_MS)
}

/** daysBetween counts the calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((+b - +a) / DAY_MS)
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
