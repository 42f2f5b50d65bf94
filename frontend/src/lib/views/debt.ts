/**
 * The coordination debt view's figures from the coordination report: the
 * who-waits-on-whom matrix over the lanes involved, the weekly trend chart's
 * geometry, and the trust ledger's sentences. Pure; linear in the report.
 */
import type { Debt, Roadmap, TrustPair, WeekDebt } from '../api'
import { parseDay } from '../timeline/geometry/dates'
import { formatShortDate, plural } from '../timeline/draw/format'
import { namesOf } from './names'

export interface MatrixLane {
  id: string
  name: string
  color: string
}

export interface Matrix {
  /** rows: the lanes that waited; columns: the lanes that blocked ('' unknown last) */
  waiters: MatrixLane[]
  blockers: MatrixLane[]
  cell(waiter: string, blocker: string): { events: number; days: number } | null
  /** the most days in one cell (for shading), at least 1 */
  maxDays: number
}

/** debtMatrix keeps the lanes that take part in a wait, in the roadmap's lane order. */
export function debtMatrix(roadmap: Roadmap, debt: Debt): Matrix {
  const names = namesOf(roadmap)
  const waits = debt.waits ?? []
  const cells = new Map(waits.map((w) => [`${w.waiter}\u0000${w.blocker}`, { events: w.events, days: w.days }]))
  const order = new Map(roadmap.lanes.map((l, i) => [l.id, i]))
  const rank = (id: string) => (id === '' ? Infinity : (order.get(id) ?? roadmap.lanes.length))
  const lanesOf = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .sort((a, b) => rank(a) - rank(b))
      .map((id) => (id === '' ? { id, name: 'Unknown', color: 'transparent' } : { id, ...names.lane(id) }))
  return {
    waiters: lanesOf(waits.map((w) => w.waiter)),
    blockers: lanesOf(waits.map((w) => w.blocker)),
    cell: (w, b) => cells.get(`${w}\u0000${b}`) ?? null,
    maxDays: Math.max(1, ...waits.map((w) => w.days)),
  }
}

export interface TrendBar {
  x: number
  width: number
  /** bar heights (px) of all blocked days and of those on another lane */
  all: number
  cross: number
  week: WeekDebt
}

export interface Trend {
  bars: TrendBar[]
  /** the waits on another lane per past week, as an SVG polyline's points */
  waits: string
  /** the y scale's top: days and waits */
  maxDays: number
  maxWaits: number
  /** month labels on the x axis */
  months: { x: number; label: string }[]
  /** x of the week that holds asOf, or null */
  now: number | null
}

/**
 * trendGeometry lays the weeks out in a chart `width` x `height` (bars from
 * the bottom; the waits line on its own scale). Weeks after asOf get no bar.
 */
export function trendGeometry(weeks: readonly WeekDebt[], width: number, height: number): Trend {
  const n = Math.max(1, weeks.length)
  const step = width / n
  const maxDays = Math.max(1, ...weeks.map((w) => w.days))
  const maxWaits = Math.max(1, ...weeks.map((w) => w.waits))
  const bars = weeks.map((w, i) => ({
    x: i * step,
    width: Math.max(1, step - 2),
    all: w.past ? (w.days / maxDays) * height : 0,
    cross: w.past ? (w.crossLaneDays / maxDays) * height : 0,
    week: w,
  }))
  const waits = weeks
    .flatMap((w, i) => (w.past ? [`${(i * step + step / 2).toFixed(1)},${(height - (w.waits / maxWaits) * height).toFixed(1)}`] : []))
    .join(' ')
  const months: Trend['months'] = []
  let last = -1
  weeks.forEach((w, i) => {
    const d = parseDay(w.start)
    if (d && d.getUTCMonth() !== last) {
      last = d.getUTCMonth()
      months.push({ x: i * step, label: formatShortDate(d).split(' ')[0] })
    }
  })
  const lastPast = weeks.findLastIndex((w) => w.past)
  return { bars, waits, maxDays, maxWaits, months, now: lastPast >= 0 ? lastPast * step + step / 2 : null }
}

/**
 * trustSentence: "Content delivered 4 of 6 handoffs to Paid on time",
 * with "; 2 not due yet" when some are pending, or "Content has 2 handoffs
 * to Paid, none due yet".
 */
export function trustSentence(pair: TrustPair, roadmap: Roadmap): string {
  const names = namesOf(roadmap)
  const from = names.lane(pair.from).name
  const to = names.lane(pair.to).name
  const judged = pair.onTime + pair.late
  if (judged === 0) return `${from} has ${plural(pair.pending, 'handoff')} to ${to}, none due yet`
  const pending = pair.pending > 0 ? `; ${pair.pending} not due yet` : ''
  return `${from} delivered ${pair.onTime} of ${plural(judged, 'handoff')} to ${to} on time${pending}`
}
