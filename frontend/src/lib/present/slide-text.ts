/** Short date texts for slides and the window choices: "Jul 6", "Jul 1 – Sep 30, 2026". */
import { utcFormat } from 'd3-time-format'
import { parseDay } from '../timeline/geometry/dates'
import type { DayWindow } from '../state/time-window'

const monthDay = utcFormat('%b %-d')
const monthDayYear = utcFormat('%b %-d, %Y')

/** shortDay writes "YYYY-MM-DD" as "Jul 6, 2026" (with the year) or "Jul 6"; bad text comes back as is. */
export function shortDay(text: string, withYear = true): string {
  const d = parseDay(text)
  return d ? (withYear ? monthDayYear(d) : monthDay(d)) : text
}

/** shortRange writes a window as "Jul 1 – Sep 30, 2026" (both years when they differ). */
export function shortRange(w: DayWindow): string {
  const sameYear = w.from.slice(0, 4) === w.to.slice(0, 4)
  return `${shortDay(w.from, !sameYear)} – ${shortDay(w.to)}`
}
