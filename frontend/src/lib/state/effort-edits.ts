/**
 * How a drag or a key changes an effort's dates, as pure functions on the
 * model. Efforts move from where they are drawn (their scheduled span), so
 * the result is what the user sees. Dates are "YYYY-MM-DD"; `end` is
 * inclusive. A move keeps the effort's form (start+end, or start+duration,
 * so a calendar-aware duration stays a duration). With a working calendar,
 * dates land on working days, moving on in the direction of the drag, and a
 * moved effort keeps its length in working days.
 */
import type { Effort } from '../api'
import { addDays, formatDay } from '../timeline/geometry/dates'
import { shiftWork, snap, workBetween, type WorkCalendar } from './calendar'

/** DaySpan is a drawn span: [start, end) in days; a milestone has end == start. */
export interface DaySpan {
  start: Date
  end: Date
}

/** withRange gives an effort explicit dates [start, endExclusive), dropping any duration. */
export function withRange(effort: Effort, start: Date, endExclusive: Date): Effort {
  const last = endExclusive > start ? addDays(endExclusive, -1) : start
  return { ...effort, start: formatDay(start), end: formatDay(last), durationDays: undefined }
}

const dir = (days: number): 1 | -1 => (days < 0 ? -1 : 1)
const lastDay = (span: DaySpan) => (span.end > span.start ? addDays(span.end, -1) : span.start)

/** moved shifts an effort by `days` (negative = earlier) from its drawn span. */
export function moved(effort: Effort, span: DaySpan, days: number, cal: WorkCalendar | null = null): Effort {
  const start = snap(addDays(span.start, days), cal, dir(days))
  if (effort.durationDays != null && !effort.end) return { ...effort, start: formatDay(start), end: undefined }
  const last = shiftWork(lastDay(span), workBetween(span.start, start, cal), cal)
  return withRange(effort, start, addDays(last, 1))
}

/**
 * resized moves one edge of an effort by `days`; the effort keeps at least
 * one day. A milestone cannot be resized (it is returned unchanged).
 */
export function resized(
  effort: Effort,
  span: DaySpan,
  edge: 'start' | 'end',
  days: number,
  cal: WorkCalendar | null = null,
): Effort {
  if (+span.end === +span.start) return effort
  const last = lastDay(span)
  if (edge === 'start') {
    const start = snap(addDays(span.start, days), cal, dir(days))
    return withRange(effort, start > last ? last : start, span.end)
  }
  const end = snap(addDays(last, days), cal, dir(days))
  return withRange(effort, span.start, addDays(end < span.start ? span.start : end, 1))
}

/** inLane moves an effort to another lane. */
export function inLane(effort: Effort, lane: string): Effort {
  return { ...effort, lane }
}

/** drawn is a new effort over the days a drag covered, both inclusive, in either direction (working days only). */
export function drawn(lane: string, title: string, a: Date, b: Date, cal: WorkCalendar | null = null): Effort {
  const [from, to] = a <= b ? [a, b] : [b, a]
  const start = snap(from, cal, 1)
  const end = snap(to, cal, -1)
  return withRange({ id: '', lane, title, status: 'planned' }, start, addDays(end < start ? start : end, 1))
}
