/**
 * Time windows to show or export: the whole roadmap, a calendar quarter or
 * half-year around "now" (the roadmap's asOf, else today), or a custom
 * from-to. Days are UTC midnights (timeline/dates); both ends inclusive.
 */
import { addDays, formatDay, parseDay } from '../timeline/geometry/dates'

export type WindowPreset = 'whole' | 'quarter' | 'next-quarter' | 'half' | 'custom'

export const WINDOW_LABELS: Record<WindowPreset, string> = {
  whole: 'Whole roadmap',
  quarter: 'This quarter',
  'next-quarter': 'Next quarter',
  half: 'This half-year',
  custom: 'Custom',
}

/** DayWindow is an inclusive span of days, "YYYY-MM-DD". */
export interface DayWindow {
  from: string
  to: string
}

/** monthsFrom is the window of `months` calendar months starting at month index `first` of `year` (may overflow). */
function monthsFrom(year: number, first: number, months: number): DayWindow {
  const from = new Date(Date.UTC(year, first, 1))
  const end = new Date(Date.UTC(year, first + months, 1))
  return { from: formatDay(from), to: formatDay(addDays(end, -1)) }
}

/**
 * presetWindow is the window of a preset around `now`: 'quarter' the
 * calendar quarter holding now (Q3: Jul 1 - Sep 30), 'next-quarter' the one
 * after, 'half' Jan-Jun or Jul-Dec. 'whole' and 'custom' have no fixed
 * window: null.
 */
export function presetWindow(preset: WindowPreset, now: Date): DayWindow | null {
  const y = now.getUTCFullYear()
  const m = now.getUTCMonth()
  switch (preset) {
    case 'quarter':
      return monthsFrom(y, m - (m % 3), 3)
    case 'next-quarter':
      return monthsFrom(y, m - (m % 3) + 3, 3)
    case 'half':
      return monthsFrom(y, m < 6 ? 0 : 6, 6)
    default:
      return null
  }
}

/** quarterName names a window that is one calendar quarter ("Q3 2026"), else ''. */
export function quarterName(w: DayWindow): string {
  const from = parseDay(w.from)
  if (!from) return ''
  const q = presetWindow('quarter', from)
  return q && q.from === w.from && q.to === w.to ? `Q${Math.floor(from.getUTCMonth() / 3) + 1} ${from.getUTCFullYear()}` : ''
}

/**
 * checkWindow says what is wrong with a custom window ('' when nothing):
 * both days must be real dates and `from` not after `to`.
 */
export function checkWindow(w: DayWindow): string {
  const from = parseDay(w.from)
  const to = parseDay(w.to)
  if (!from) return 'Choose a valid start date.'
  if (!to) return 'Choose a valid end date.'
  if (from > to) return 'The window ends before it starts.'
  return ''
}
