/**
 * The roadmap's working calendar (SPEC §2) for edits made in the UI: with a
 * calendar an effort's dates are working days, so a drag or a nudge lands on
 * one (moving on in the direction of travel) and a moved effort keeps its
 * length in working days. Without a calendar every day is a working day and
 * these functions are plain day arithmetic.
 *
 * The calendar is the snapshot's `calendar`: the backend's model.WorkCalendar
 * read it from the roadmap (its known workdays, the holidays on them), so the
 * UI counts the days the analysis counts and derives no defaults of its own.
 * Costs are linear in the days walked (at most a year is searched for a
 * working day).
 */
import type { Snapshot } from '../api'
import { addDays, formatDay } from '../timeline/geometry/dates'

/** CalendarSpec is the snapshot's calendar: null when every day is worked. */
export type CalendarSpec = NonNullable<Snapshot['calendar']>

export interface WorkCalendar {
  isWorkday(day: Date): boolean
}

/** Weekday names as the backend writes them, by Date.getUTCDay(). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** workCalendar reads the snapshot's calendar; null (every day works) when there is none. */
export function workCalendar(spec: CalendarSpec | null | undefined): WorkCalendar | null {
  if (!spec || spec.workdays.length === 0) return null
  const days = new Set(spec.workdays)
  const holidays = new Set(spec.holidays ?? [])
  return { isWorkday: (day) => days.has(WEEKDAYS[day.getUTCDay()]) && !holidays.has(formatDay(day)) }
}

/** snap returns `day` if it is a working day, else the next one in direction `dir` (+1 later, -1 earlier). */
export function snap(day: Date, cal: WorkCalendar | null, dir: 1 | -1): Date {
  if (!cal) return day
  let d = day
  for (let i = 0; i < 370 && !cal.isWorkday(d); i++) d = addDays(d, dir)
  return d
}

/** shiftWork moves a working day by n working days (n may be negative). */
export function shiftWork(day: Date, n: number, cal: WorkCalendar | null): Date {
  if (!cal) return addDays(day, n)
  const dir = n < 0 ? -1 : 1
  let d = snap(day, cal, dir)
  for (let left = Math.abs(n); left > 0; left--) d = snap(addDays(d, dir), cal, dir)
  return d
}

/** workBetween counts the working-day steps from a to b (negative when b is earlier); both should be working days. */
export function workBetween(a: Date, b: Date, cal: WorkCalendar | null): number {
  const days = Math.round((+b - +a) / 86400000)
  if (!cal) return days
  const dir = days < 0 ? -1 : 1
  let n = 0
  for (let d = a; +d !== +b; d = addDays(d, dir)) if (cal.isWorkday(addDays(d, dir))) n += dir
  return n
}
