/**
 * layout turns a roadmap into what the swimlane view draws, in days: lanes,
 * each with its efforts packed into sub-rows, the time domain and "today".
 * Pixels are the components' business (they apply a d3 time scale).
 */
import type { Analysis, Effort, Lane, PackedLayout, Roadmap, Scheduled } from '../../api'
import { utcMonth } from 'd3-time'
import { addDays, parseDay } from '../geometry/dates'
import { laneColor } from '../draw/palette'
import { placeEffort, roadmapStart, slipGhost, type Span } from './schedule'
import { NO_MARKS, type EffortMarks } from './marks'
import { MarksMemo } from './marks-memo'
import { makeLane, type LaneMade } from './lane-made'
import { ById, changedPlaces } from './by-id'
import { LaneMembers } from './members'
import { changedKeys } from '../../api/delta'

const NONE: Scheduled[] = []
import { effortStatus, type Status } from '../draw/status'

export interface TimelineItem extends Span {
  id: string
  title: string
  status: Status
  owner: string
  lane: string
  /** the analysis' marks: critical, slip, conflicts, opportunities */
  marks: EffortMarks
  /** where a slipping effort was planned to be, or null */
  ghost: Span | null
  row: number
  /** start of the next item in the same row, or null: how far a label may run */
  next: Date | null
}

export interface TimelineLane {
  id: string
  name: string
  color: string
  rows: number
  items: TimelineItem[]
}

export interface TimelineLayout {
  /** the visible time range, whole months around the efforts */
  domain: [Date, Date]
  /** first and last day covered by efforts (last exclusive), or null when empty */
  range: [Date, Date] | null
  lanes: TimelineLane[]
  /** killed efforts: off the timeline, listed under "Not doing" */
  killed: { id: string; title: string; lane: string; color: string }[]
  /** the "now" line: asOf when set, else today */
  now: Date
  nowIsAsOf: boolean
}

function toItem(effort: Effort, span: Span, marks: EffortMarks, ghost: Span | null): TimelineItem {
  return {
    ...span,
    id: effort.id,
    title: effort.title || effort.id,
    status: effortStatus(effort.status),
    owner: effort.owner ?? '',
    lane: effort.lane,
    marks,
    ghost,
    row: 0,
    next: null,
  }
}

function domainFor(range: [Date, Date] | null, day0: Date): [Date, Date] {
  const [from, to] = range ?? [day0, addDays(day0, 90)]
  const start = utcMonth.floor(from < day0 ? from : day0)
  let end = utcMonth.ceil(to)
  if (utcMonth.count(start, end) < 3) end = utcMonth.offset(start, 3)
  return [start, end]
}

/**
 * buildLayout computes the timeline of a roadmap, placing efforts by the
 * analysis' schedule into the lanes' sub-rows of the backend's packing
 * (`packed`, the snapshot's layout: backend/layout is the one packer);
 * `today` is used when the roadmap has no asOf. One LayoutBuilder
 * across edits does the same faster.
 */
export function buildLayout(
  roadmap: Roadmap,
  analysis: Analysis | null | undefined,
  today: Date,
  packed: PackedLayout | null | undefined,
): TimelineLayout {
  return new LayoutBuilder().build(roadmap, analysis, today, packed)
}

/** Placed is one effort placed on the timeline, before packing: the inputs it was made from and the item (row 0, no next). */
interface Placed {
  scheduled: Scheduled | undefined
  marks: EffortMarks
  day0: number
  base: TimelineItem | null
}

/** Placement is where one effort goes: its lane (null: not drawn) and placed item, and whether it is killed. */
interface Placement {
  lane: string | null
  base: TimelineItem | null
  killed: boolean
}
const KILLED: Placement = { lane: null, base: null, killed: true }
const NOT_DRAWN: Placement = { lane: null, base: null, killed: false }

/**
 * LayoutBuilder builds layouts of the edits of one roadmap, reusing what an
 * edit did not change: the snapshot after a delta keeps every unchanged
 * effort, schedule entry and lane as the same object (api/delta.ts), so an
 * effort whose effort, schedule entry, marks and day 0 are the same objects
 * keeps its placed item, and a lane whose placed items and rows are all
 * the same keeps its TimelineLane object (items array and all), which the
 * view does not redraw. A lane that changed gets new items, except those
 * that draw exactly as before (sameItem), which keep their old object, and
 * keeps its lane object when every item does (makeLane, lane-made.ts). The
 * result is always what buildLayout gives for the same input.
 *
 * An edit that replaced efforts, schedule entries or marks in place (same
 * ids at the same places, the same lanes and day 0) and changed the rows
 * of the packing by a delta (changedKeys, api/delta.ts) is built from what
 * it changed: only the changed efforts are placed again and only their
 * lanes are rebuilt, O(changes + changed lanes' sizes) when the lists were
 * made by a delta (changedPlaces), else besides comparing the efforts place
 * by place. Anything else walks every effort.
 */
export class LayoutBuilder {
  #marks = new MarksMemo()
  #schedule = new ById<Scheduled>()
  #placed = new WeakMap<Effort, Placed>()
  #lanes = new Map<string, LaneMade>()
  #killed: TimelineLayout['killed'] = []
  #range: [Date, Date] | null = null
  #domain: [Date, Date] | null = null
  /** each effort's lane and placed item, by its place in the efforts list */
  #members = new LaneMembers<TimelineItem>()
  /** which efforts are killed, by place */
  #killedAt: boolean[] = []
  /** each effort's place, by id (only when no id repeats) */
  #placeOf = new Map<string, number>()
  /** what the last build read */
  #last: { efforts: readonly Effort[]; sources: readonly Lane[]; t0: number; rows: Record<string, number> | undefined } | null = null

  /**
   * prepare does ahead what the next edit's build would do first for the
   * last layout built: index its conflicts and opportunities by effort
   * (MarksMemo.prepare). For when the window is idle; true when it did work.
   */
  prepare(): boolean {
    return this.#marks.prepare()
  }

  build(roadmap: Roadmap, analysis: Analysis | null | undefined, today: Date, packed: PackedLayout | null | undefined): TimelineLayout {
    const asOf = parseDay(roadmap.asOf)
    const now = asOf ?? today
    const day0 = roadmapStart(roadmap, now)
    const t0 = +day0
    const schedule = this.#schedule.index(analysis?.schedule ?? NONE)
    const marks = this.#marks.marks(roadmap, analysis)
    const sources = roadmap.lanes ?? []
    const colorOf = new Map(sources.map((l, i) => [l.id, { name: l.name || l.id, color: laneColor(l.color, i) }]))
    const efforts = roadmap.efforts ?? []
    const rowOf = packed?.rows
    const place = (effort: Effort) => this.#place(effort, schedule, marks, day0, t0, colorOf)

    let dirty = this.#changedLanes(efforts, sources, t0, rowOf, place)
    if (dirty === null) {
      const members = new LaneMembers<TimelineItem>()
      const killedAt: boolean[] = []
      efforts.forEach((effort, i) => {
        const r = place(effort)
        killedAt.push(r.killed)
        members.add(i, r.lane, r.base)
      })
      this.#members = members
      this.#killedAt = killedAt
      this.#placeOf = new Map(efforts.map((e, i) => [e.id, i]))
      dirty = new Set(colorOf.keys())
      this.#killed = this.#killedOf(efforts, colorOf, this.#killed)
    }
    this.#last = { efforts, sources, t0, rows: rowOf }

    const givenRows = new Map((packed?.lanes ?? []).map((l) => [l.id, l.rows]))
    const made = new Map<string, LaneMade>()
    const lanes = sources.map((source, i) => {
      const minRows = givenRows.get(source.id) ?? 1
      const before = this.#lanes.get(source.id)
      const m =
        before && !dirty.has(source.id) && before.source === source && before.index === i && before.minRows === minRows
          ? before
          : makeLane(source, i, this.#members.values(source.id), minRows, rowOf, before)
      made.set(source.id, m)
      return m.lane
    })
    this.#lanes = made

    let first: Date | null = null
    let last: Date | null = null
    for (const m of made.values()) {
      if (m.first && (!first || m.first < first)) first = m.first
      if (m.last && (!last || m.last > last)) last = m.last
    }
    let range: [Date, Date] | null = first && last ? [first, last] : null
    const kept = this.#range
    if (range && kept && +kept[0] === +range[0] && +kept[1] === +range[1]) range = kept
    this.#range = range
    let domain = domainFor(range, day0)
    if (this.#domain && +this.#domain[0] === +domain[0] && +this.#domain[1] === +domain[1]) domain = this.#domain
    this.#domain = domain
    return { domain, range, lanes, killed: this.#killed, now, nowIsAsOf: asOf !== null }
  }

  /**
   * changedLanes brings the lane members up to date with what changed since
   * the last build and names the lanes to rebuild; null (changing nothing)
   * when the change is not one it can follow: then every effort is placed.
   */
  #changedLanes(
    efforts: readonly Effort[],
    sources: readonly Lane[],
    t0: number,
    rowOf: Record<string, number> | undefined,
    place: (e: Effort) => Placement,
  ): Set<string> | null {
    const last = this.#last
    const scheduled = this.#schedule.changed
    const marked = this.#marks.changed
    if (!last || last.sources !== sources || last.t0 !== t0 || !scheduled || !marked) return null
    if (efforts.length !== last.efforts.length || this.#placeOf.size !== efforts.length) return null
    let rowsChanged: readonly string[] = []
    if (rowOf !== last.rows) {
      const delta = rowOf && changedKeys(rowOf)
      if (!delta || delta.from !== last.rows) return null
      rowsChanged = delta.keys
    }
    const places = changedPlaces(efforts, last.efforts)
    if (!places || !places.every((i) => efforts[i].id === last.efforts[i].id)) return null
    const changed = new Set<number>(places)
    for (const ids of [scheduled, marked]) {
      for (const id of ids) {
        const i = this.#placeOf.get(id)
        if (i !== undefined) changed.add(i)
      }
    }
    const members = this.#members
    members.round()
    const dirty = new Set<string>()
    let killed = false
    for (const i of changed) {
      const r = place(efforts[i])
      if (r.killed || this.#killedAt[i]) killed = true
      this.#killedAt[i] = r.killed
      const before = members.laneOf(i)
      if (members.set(i, r.lane, r.base)) {
        if (before !== null) dirty.add(before)
        if (r.lane !== null) dirty.add(r.lane)
      }
    }
    for (const id of rowsChanged) {
      const i = this.#placeOf.get(id)
      const lane = i === undefined ? null : members.laneOf(i)
      if (lane !== null) dirty.add(lane)
    }
    if (killed) {
      const colorOf = new Map(sources.map((l, i) => [l.id, { name: l.name || l.id, color: laneColor(l.color, i) }]))
      this.#killed = this.#killedOf(efforts, colorOf, this.#killed)
    }
    return dirty
  }

  /** place is where `effort` goes: its lane (null: not drawn) and placed item, reused while its inputs are the same objects. */
  #place(
    effort: Effort,
    schedule: Map<string, Scheduled>,
    marks: Map<string, EffortMarks>,
    day0: Date,
    t0: number,
    lanes: Map<string, unknown>,
  ): Placement {
    if (effortStatus(effort.status) === 'killed') return KILLED
    if (!lanes.has(effort.lane)) return NOT_DRAWN
    const scheduled = schedule.get(effort.id)
    const m = marks.get(effort.id) ?? NO_MARKS
    let p = this.#placed.get(effort)
    if (!p || p.scheduled !== scheduled || p.marks !== m || p.day0 !== t0) {
      const span = placeEffort(effort, scheduled, day0)
      p = { scheduled, marks: m, day0: t0, base: span ? toItem(effort, span, m, slipGhost(effort, scheduled, span)) : null }
      this.#placed.set(effort, p)
    }
    return p.base ? { lane: effort.lane, base: p.base, killed: false } : NOT_DRAWN
  }

  /** killedOf is the killed efforts in list order: `before` itself when they read the same. */
  #killedOf(
    efforts: readonly Effort[],
    colorOf: Map<string, { name: string; color: string }>,
    before: TimelineLayout['killed'],
  ): TimelineLayout['killed'] {
    const killed: TimelineLayout['killed'] = []
    for (const effort of efforts) {
      if (effortStatus(effort.status) !== 'killed') continue
      const named = colorOf.get(effort.lane)
      killed.push({ id: effort.id, title: effort.title || effort.id, lane: named?.name ?? effort.lane, color: named?.color ?? '' })
    }
    return sameKilled(before, killed) ? before : killed
  }
}

function sameKilled(a: TimelineLayout['killed'], b: TimelineLayout['killed']): boolean {
  return a.length === b.length && a.every((k, i) => k.id === b[i].id && k.title === b[i].title && k.lane === b[i].lane && k.color === b[i].color)
}
