/**
 * Axis ticks that adapt to the zoom: the finer the scale, the finer the
 * ticks. Two rows: `major` (strong lines, top labels) and `minor` (faint
 * lines, bottom labels). Only ticks inside the visible window are made, so a
 * long roadmap at a fine zoom stays cheap.
 *
 * | px per day | major            | minor        |
 * |------------|------------------|--------------|
 * | >= 26      | months           | days         |
 * | >= 3       | months           | weeks (Mon)  |
 * | >= 0.9     | years            | months       |
 * | >= 0.22    | years            | quarters     |
 * | less       | decades          | years        |
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time'
import { utcFormat } from 'd3-time-format'
import type { TimeScale } from './axis'

export interface Tick {
  date: Date
  x: number
  label: string
}

export interface Ticks {
  level: 'days' | 'weeks' | 'months' | 'quarters' | 'years'
  major: Tick[]
  minor: Tick[]
}

const fmtMonth = utcFormat('%B')
const fmtShortMonth = utcFormat('%b')
const fmtYear = utcFormat('%Y')
const fmtDay = utcFormat('%-d')

const quarter: CountableTimeInterval = utcMonth.every(3) as unknown as CountableTimeInterval
const decade: TimeInterval = utcYear.every(10) as TimeInterval

/** make lists the ticks of an interval in [from, to), starting with the one at or before `from` (its label may still show) but never before the domain. */
function make(interval: TimeInterval, scale: TimeScale, from: Date, to: Date, label: (d: Date, i: number) => string): Tick[] {
  const d0 = scale.domain()[0]
  let start = interval.floor(from)
  if (start < d0) start = interval.ceil(d0)
  return interval.range(start, to).map((date, i) => ({ date, x: scale(date), label: label(date, i) }))
}

/** tickLevel names the minor ticks used at a zoom. */
export function tickLevel(pxPerDay: number): Ticks['level'] {
  if (pxPerDay >= 26) return 'days'
  if (pxPerDay >= 3) return 'weeks'
  if (pxPerDay >= 0.9) return 'months'
  if (pxPerDay >= 0.22) return 'quarters'
  return 'years'
}

/**
 * axisTicks returns the ticks of `scale` between `from` and `to` (the
 * visible window; default the whole domain). Month labels carry the year on
 * the first visible month and on each January.
 */
export function axisTicks(scale: TimeScale, from?: Date, to?: Date): Ticks {
  const [d0, d1] = scale.domain()
  const a = from && from > d0 ? from : d0
  const b = to && to < d1 ? utcDay.offset(to, 1) : d1
  const px = (scale.range()[1] - scale.range()[0]) / Math.max(1, utcDay.count(d0, d1))
  const level = tickLevel(px)
  const monthName = 30 * px >= 110 ? fmtMonth : fmtShortMonth
  const months = (d: Date, i: number) =>
    i === 0 || d.getUTCMonth() === 0 ? `${monthName(d)} ${fmtYear(d)}` : monthName(d)
  switch (level) {
    case 'days':
      return { level, major: make(utcMonth, scale, a, b, months), minor: make(utcDay, scale, a, b, fmtDay) }
    case 'weeks':
      return { level, major: make(utcMonth, scale, a, b, months), minor: make(utcMonday, scale, a, b, fmtDay) }
    case 'months':
      return { level, major: make(utcYear, scale, a, b, fmtYear), minor: make(utcMonth, scale, a, b, fmtShortMonth) }
    case 'quarters':
      return {
        level,
        major: make(utcYear, scale, a, b, fmtYear),
        minor: make(quarter, scale, a, b, (d) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`),
      }
    default:
      return { level, major: make(decade, scale, a, b, fmtYear), minor: make(utcYear, scale, a, b, fmtYear) }
  }
}
