/** The time axis: a d3 UTC scale over the layout's domain, with month and week ticks. */
import { scaleUtc, type ScaleTime } from 'd3-scale'
import { utcMonday, utcMonth, utcDay } from 'd3-time'
import { utcFormat } from 'd3-time-format'

export type TimeScale = ScaleTime<number, number>

/** Zoom bounds, in pixels per day. */
export const MIN_PX_PER_DAY = 4
export const MAX_PX_PER_DAY = 36

/**
 * chartWidth is the width of the time area: the available width, unless that
 * would squeeze days below MIN_PX_PER_DAY (then the chart scrolls) or stretch
 * them beyond MAX_PX_PER_DAY.
 */
export function chartWidth(domain: [Date, Date], available: number): number {
  const days = Math.max(1, utcDay.count(domain[0], domain[1]))
  const px = Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, available / days))
  return Math.round(days * px)
}

export function timeScale(domain: [Date, Date], width: number): TimeScale {
  return scaleUtc().domain(domain).range([0, width])
}

export interface Tick {
  date: Date
  x: number
  label: string
}

const fmtMonth = utcFormat('%B')
const fmtShortMonth = utcFormat('%b')
const fmtYear = utcFormat('%Y')
const fmtDayOfMonth = utcFormat('%-d')

/**
 * monthTicks returns one tick per month start in the domain. The label is the
 * month name (abbreviated when months are narrow) with the year on the first
 * month and on each January.
 */
export function monthTicks(scale: TimeScale): Tick[] {
  const [d0, d1] = scale.domain()
  const months = utcMonth.range(d0, d1)
  const monthWidth = months.length ? (scale.range()[1] - scale.range()[0]) / months.length : 0
  const name = monthWidth >= 110 ? fmtMonth : fmtShortMonth
  return months.map((date, i) => ({
    date,
    x: scale(date),
    label: i === 0 || date.getUTCMonth() === 0 ? `${name(date)} ${fmtYear(date)}` : name(date),
  }))
}

/** weekTicks returns one tick per Monday in the domain, labelled with the day of the month. */
export function weekTicks(scale: TimeScale): Tick[] {
  const [d0, d1] = scale.domain()
  return utcMonday.range(d0, d1).map((date) => ({ date, x: scale(date), label: fmtDayOfMonth(date) }))
}

/** crisp snaps a coordinate to the middle of a device pixel so a 1px line is sharp. */
export function crisp(x: number): number {
  return Math.round(x) + 0.5
}
