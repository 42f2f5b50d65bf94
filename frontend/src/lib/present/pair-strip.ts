/**
 * pairStrip places a pair slide's two efforts on one small time scale, in
 * percent of the strip's width, with the conflict's overlap window when
 * there is one: what the audience sees at a glance. Pure.
 */
import { addDays, daysBetween, parseDay } from '../timeline/geometry/dates'
import type { DayWindow } from '../state/time-window'
import { shortDay } from './slide-text'

export interface StripSpan {
  left: number
  width: number
}

export interface Strip {
  spans: (StripSpan | null)[]
  overlap: StripSpan | null
  /** the strip's first and last day (margins included), for its two end labels */
  from: string
  to: string
}

/** pairStrip lays out `spans` (and `overlap`) with a margin of a tenth of the time shown on each side; null when neither is scheduled. */
export function pairStrip(spans: readonly (DayWindow | null)[], overlap: DayWindow | null): Strip | null {
  const days = spans.flatMap((s) => (s ? [parseDay(s.from), parseDay(s.to)] : [])).filter((d): d is Date => d !== null)
  if (days.length === 0) return null
  const first = new Date(Math.min(...days.map(Number)))
  const last = addDays(new Date(Math.max(...days.map(Number))), 1)
  const margin = Math.max(2, Math.round(daysBetween(first, last) / 10))
  const start = addDays(first, -margin)
  const end = addDays(last, margin)
  const total = daysBetween(start, end)
  const place = (w: DayWindow | null): StripSpan | null => {
    const a = parseDay(w?.from)
    const b = parseDay(w?.to)
    if (!a || !b) return null
    return { left: (100 * daysBetween(start, a)) / total, width: (100 * (daysBetween(a, b) + 1)) / total }
  }
  return { spans: spans.map(place), overlap: place(overlap), from: shortDay(formatted(start), false), to: shortDay(formatted(addDays(end, -1))) }
}

function formatted(d: Date): string {
  return d.toISOString().slice(0, 10)
}
