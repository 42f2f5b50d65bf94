/**
 * layout turns a roadmap into what the swimlane view draws, in days: lanes,
 * each with its efforts packed into sub-rows, the time domain and "today".
 * Pixels are the components' business (they apply a d3 time scale).
 */
import type { Analysis, Effort, PackedLayout, Roadmap } from '../api'
import { utcMonth } from 'd3-time'
import { addDays, maxDay, minDay, parseDay } from './dates'
import { laneColor } from './palette'
import { indexSchedule, placeEffort, roadmapStart, slipGhost, type Span } from './schedule'
import { effortMarks, NO_MARKS, type EffortMarks } from './marks'
import { effortStatus, type Status } from './status'

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

/** leftEdge is where an item's drawing starts: its slip ghost when that comes first. */
function leftEdge(item: TimelineItem): Date {
  return item.ghost && item.ghost.start < item.start ? item.ghost.start : item.start
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

/**
 * packLane gives each item its sub-row from the backend's packing
 * (snapshot.layout, which has every drawn effort; row 0 when it has none)
 * and returns the row count.
 */
function packLane(items: TimelineItem[], packed: PackedLayout | null | undefined, laneId: string): number {
  const given = packed?.lanes?.find((l) => l.id === laneId)
  for (const it of items) it.row = packed?.rows?.[it.id] ?? 0
  const rows = items.reduce((n, it) => Math.max(n, it.row + 1), given?.rows ?? 1)
  sortAndLink(items)
  return Math.max(rows, 1)
}

/**
 * sortAndLink orders a lane's items by (row, start) and points each at the
 * next one in its row (how far its label may run). The keys are numbers made
 * once: comparing Dates converts both on every comparison.
 */
function sortAndLink(items: TimelineItem[]): void {
  const keyed = items.map((it) => ({ it, row: it.row, t: +it.start }))
  keyed.sort((a, b) => a.row - b.row || a.t - b.t)
  keyed.forEach((k, i) => {
    const after = keyed[i + 1]
    k.it.next = after && after.row === k.row ? leftEdge(after.it) : null
    items[i] = k.it
  })
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
 * `today` is used when the roadmap has no asOf.
 */
export function buildLayout(
  roadmap: Roadmap,
  analysis: Analysis | null | undefined,
  today: Date,
  packed: PackedLayout | null | undefined,
): TimelineLayout {
  const asOf = parseDay(roadmap.asOf)
  const now = asOf ?? today
  const day0 = roadmapStart(roadmap, now)
  const schedule = indexSchedule(analysis)
  const marks = effortMarks(roadmap, analysis)
  const lanes = (roadmap.lanes ?? []).map((lane, i) => ({
    id: lane.id,
    name: lane.name || lane.id,
    color: laneColor(lane.color, i),
    rows: 1,
    items: [] as TimelineItem[],
  }))
  const laneById = new Map(lanes.map((l) => [l.id, l]))
  const killed: TimelineLayout['killed'] = []

  for (const effort of roadmap.efforts ?? []) {
    const lane = laneById.get(effort.lane)
    if (effortStatus(effort.status) === 'killed') {
      killed.push({ id: effort.id, title: effort.title || effort.id, lane: lane?.name ?? effort.lane, color: lane?.color ?? '' })
      continue
    }
    const scheduled = schedule.get(effort.id)
    const span = placeEffort(effort, scheduled, day0)
    if (lane && span) {
      const ghost = slipGhost(effort, scheduled, span)
      lane.items.push(toItem(effort, span, marks.get(effort.id) ?? NO_MARKS, ghost))
    }
  }
  for (const lane of lanes) lane.rows = packLane(lane.items, packed, lane.id)

  const shown = lanes.flatMap((l) => l.items)
  const first = minDay(shown.map((it) => it.start))
  const last = maxDay(shown.map((it) => (it.milestone ? addDays(it.end, 1) : it.end)))
  const range: [Date, Date] | null = first && last ? [first, last] : null
  return { domain: domainFor(range, day0), range, lanes, killed, now, nowIsAsOf: asOf !== null }
}
