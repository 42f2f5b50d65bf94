/**
 * The shared metrics view's rows: each metric that efforts move, its lanes
 * and their movers (direction, scheduled window, placed on the roadmap's
 * span from 0 to 1), with opposite moves flagged and the metrics that only
 * move when lanes work together marked. Pure; O(movers).
 */
import type { MetricUse, Roadmap } from '../api'
import { daysBetween, parseDay } from '../timeline/geometry/dates'
import { formatShortDate } from '../timeline/draw/format'
import { namesOf, type EffortRef } from './names'

export interface MoverRow {
  effort: EffortRef
  up: boolean
  /** "Jan 11 – Feb 26" */
  window: string
  /** the window on the span, as fractions 0..1 (x1 >= x0) */
  x0: number
  x1: number
  opposed: boolean
  joined: boolean
}

/** MOVERS_SHOWN bounds the movers drawn per lane (a large roadmap has thousands). */
export const MOVERS_SHOWN = 6

export interface MetricCard {
  id: string
  name: string
  unit: string
  shared: boolean
  opposed: boolean
  joint: boolean
  /** 'up', 'down' or 'both' (the lanes pull apart) */
  direction: 'up' | 'down' | 'both'
  /** each lane's first MOVERS_SHOWN movers by start, and how many more there are */
  lanes: { id: string; name: string; color: string; movers: MoverRow[]; more: number }[]
  /** every mover's id, to highlight */
  efforts: string[]
}

/**
 * metricCards lays out the report's metric uses over the span [from, to]
 * (YYYY-MM-DD, both inclusive): shared metrics first (opposed, then joint,
 * first), then the ones a single lane moves, each group in the report's order.
 */
export function metricCards(roadmap: Roadmap, uses: readonly MetricUse[], from: string, to: string): MetricCard[] {
  const names = namesOf(roadmap)
  const d0 = parseDay(from)
  const d1 = parseDay(to)
  const total = d0 && d1 ? Math.max(1, daysBetween(d0, d1) + 1) : 1
  const at = (day: Date | null, end: boolean) =>
    d0 && day ? Math.min(1, Math.max(0, (daysBetween(d0, day) + (end ? 1 : 0)) / total)) : 0
  const cards = uses.map((u): MetricCard => {
    const m = names.metric(u.metric)
    const lanes = (u.lanes ?? []).map((id) => ({ id, ...names.lane(id), movers: [] as MoverRow[], more: 0 }))
    const byLane = new Map(lanes.map((l) => [l.id, l]))
    let ups = 0
    for (const mv of u.movers ?? []) {
      const s = parseDay(mv.start)
      const e = parseDay(mv.end)
      const up = mv.direction === 'up'
      if (up) ups++
      const lane = byLane.get(mv.lane)
      if (!lane) continue
      if (lane.movers.length >= MOVERS_SHOWN) {
        lane.more++
        continue
      }
      lane.movers.push({
        effort: names.effort(mv.effort),
        up,
        window: s && e ? (+s === +e ? formatShortDate(s) : `${formatShortDate(s)} – ${formatShortDate(e)}`) : '',
        x0: at(s, false),
        x1: Math.max(at(s, false), at(e, true)),
        opposed: mv.opposed,
        joined: mv.joined,
      })
    }
    const n = (u.movers ?? []).length
    return {
      id: u.metric,
      name: m.name,
      unit: m.unit,
      shared: u.shared,
      opposed: u.opposed,
      joint: u.joint,
      direction: ups === n ? 'up' : ups === 0 ? 'down' : 'both',
      lanes,
      efforts: (u.movers ?? []).map((mv) => mv.effort),
    }
  })
  const rank = (c: MetricCard) => (c.shared ? 0 : 3) + (c.opposed ? 0 : c.joint ? 1 : 2)
  return cards.map((c, i) => ({ c, i })).sort((p, q) => rank(p.c) - rank(q.c) || p.i - q.i).map((x) => x.c)
}
