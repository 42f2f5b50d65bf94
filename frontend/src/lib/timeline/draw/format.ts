/** Human-readable dates for labels and tooltips (English, UTC days). */
import { utcFormat } from 'd3-time-format'
import { addDays, daysBetween } from '../geometry/dates'

const fmtMonthDay = utcFormat('%b %-d')
const fmtFull = utcFormat('%b %-d, %Y')

/** formatDate: "Sep 15, 2026". */
export function formatDate(day: Date): string {
  return fmtFull(day)
}

/** formatShortDate: "Sep 15". */
export function formatShortDate(day: Date): string {
  return fmtMonthDay(day)
}

/**
 * formatRange writes a half-open day range [start, end) as inclusive dates:
 * "Jul 1 – Oct 16, 2026", or with both years when they differ.
 * An empty range (a milestone) is its single date.
 */
export function formatRange(start: Date, end: Date): string {
  const last = end > start ? addDays(end, -1) : start
  if (+last === +start) return fmtFull(start)
  if (start.getUTCFullYear() === last.getUTCFullYear()) return `${fmtMonthDay(start)} – ${fmtFull(last)}`
  return `${fmtFull(start)} – ${fmtFull(last)}`
}

/** formatDuration: "1 day", "26 days", "Milestone". */
export function formatDuration(start: Date, end: Date): string {
  const days = daysBetween(start, end)
  if (days <= 0) return 'Milestone'
  return days === 1 ? '1 day' : `${days} days`
}

/** plural: "1 lane", "4 lanes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
