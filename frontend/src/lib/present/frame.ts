/**
 * frameTimeline lays out the integrated roadmap for one slide, read-only:
 * the chosen lanes, only the efforts that meet the window (sub-rows
 * compacted to those in use), all of it sized to the slide's box so that
 * every lane fits (rows shrink to a floor of the label size plus a margin)
 * and each bar's label is at least `font` pixels tall.
 *
 * Labels never overlap: a label sits inside its bar when it fits, else in
 * the free space after the bar up to the next effort of its row, else is
 * shortened with an ellipsis to the larger of the two, else left out.
 * Arrows are drawn under the bars and labels (which carry a backing), so no
 * arrow crosses a label. Pure: pixels from a layout, a box and a measure.
 */
import type { Dependency } from '../api'
import { scaleUtc } from 'd3-scale'
import { utcMonth } from 'd3-time'
import { utcFormat } from 'd3-time-format'
import type { TimelineItem, TimelineLayout } from '../timeline/layout/layout'
import { addDays, parseDay } from '../timeline/geometry/dates'
import { truncate, type Measure } from '../timeline/draw/textfit'
import type { Status } from '../timeline/draw/status'
import type { DayWindow } from '../state/time-window'

export interface FrameLane {
  id: string
  name: string
  color: string
  top: number
  height: number
}

export interface FrameLabel {
  text: string
  x: number
  inside: boolean
  width: number
}

export interface FrameBar {
  id: string
  title: string
  lane: string
  color: string
  status: Status
  x: number
  y: number
  w: number
  h: number
  milestone: boolean
  critical: boolean
  conflicts: number
  opportunity: boolean
  label: FrameLabel | null
}

export interface FrameTick {
  x: number
  label: string
}

export interface Frame {
  /** the lane-name column's width; bars are drawn right of it */
  laneWidth: number
  axisHeight: number
  /** the time area's width and the lanes' total height */
  width: number
  height: number
  rowHeight: number
  lanes: FrameLane[]
  bars: FrameBar[]
  ticks: FrameTick[]
  arrows: { key: string; d: string; critical: boolean }[]
  /** the "now" line's x in the time area, null when outside the window */
  nowX: number | null
  /** the window drawn, [from, to) as days */
  domain: [Date, Date]
}

export interface FrameInput {
  layout: TimelineLayout
  lanes: readonly string[]
  window: DayWindow | null
  dependencies: readonly Dependency[]
  /** the slide's drawing area */
  box: { width: number; height: number }
  /** the label font size, px */
  font: number
  /** widths of label text, and of lane names (bold) */
  measure: Measure
  measureLane: Measure
}

const LANE_PAD = 6
const LABEL_PAD = 8
const LABEL_GAP = 8

/** domainOf is the days drawn: the window (its last day included), else the layout's whole months. */
export function domainOf(layout: TimelineLayout, window: DayWindow | null): [Date, Date] {
  const from = parseDay(window?.from)
  const to = parseDay(window?.to)
  return from && to ? [from, addDays(to, 1)] : layout.domain
}

function meets(it: TimelineItem, [from, to]: [Date, Date]): boolean {
  return it.milestone ? it.start >= from && it.start < to : it.end > from && it.start < to
}

const monthName = utcFormat('%b')
const monthYear = utcFormat('%b %Y')

/** monthTicks labels months, thinning them so that labels keep 4 font sizes apart; the year shows on the first and on January. */
function monthTicks(domain: [Date, Date], x: (d: Date) => number, font: number): FrameTick[] {
  const months = utcMonth.range(utcMonth.ceil(domain[0]), domain[1])
  if (months.length === 0) return []
  const span = months.length > 1 ? x(months[1]) - x(months[0]) : Infinity
  const step = Math.max(1, Math.ceil((font * 5) / span))
  return months
    .filter((_, i) => i % step === 0)
    .map((m, i) => ({ x: x(m), label: i === 0 || m.getUTCMonth() === 0 ? monthYear(m) : monthName(m) }))
}

/** placeLabel puts one bar's label (see the file's comment); `room` is where the next bar of its row starts. */
function placeLabel(bar: FrameBar, room: number, font: number, measure: Measure): FrameLabel | null {
  const full = measure(bar.title)
  const left = bar.x + bar.w + LABEL_GAP
  const outside = room - left - LABEL_GAP
  const inside = bar.milestone ? 0 : bar.w - 2 * LABEL_PAD
  if (full <= inside) return { text: bar.title, x: bar.x + LABEL_PAD, inside: true, width: full }
  if (full <= outside) return { text: bar.title, x: left, inside: false, width: full }
  const useInside = inside >= outside
  const space = Math.max(inside, outside)
  if (space < 2 * font) return null
  const text = truncate(bar.title, space, measure)
  if (!text) return null
  return { text, x: useInside ? bar.x + LABEL_PAD : left, inside: useInside, width: measure(text) }
}

/** frameTimeline lays out the slide; see the file's comment. */
export function frameTimeline(input: FrameInput): Frame {
  const { layout, window, box, font, measure, measureLane } = input
  const domain = domainOf(layout, window)
  const chosen = layout.lanes.filter((l) => input.lanes.includes(l.id))
  const laneWidth = Math.ceil(Math.min(box.width * 0.22, Math.max(80, ...chosen.map((l) => measureLane(l.name))) + 2 * 14))
  const axisHeight = Math.round(font * 2.2)
  const width = Math.max(1, box.width - laneWidth)
  const x = scaleUtc().domain(domain).range([0, width])

  // Each lane's items in the window, with their sub-rows renumbered to the rows in use.
  const shown = chosen.map((lane) => {
    const items = lane.items.filter((it) => meets(it, domain))
    const used = [...new Set(items.map((it) => it.row))].sort((a, b) => a - b)
    const rowOf = new Map(used.map((r, i) => [r, i]))
    return { lane, items, rows: Math.max(1, used.length), rowOf }
  })
  const totalRows = shown.reduce((n, s) => n + s.rows, 0)
  const free = box.height - axisHeight - shown.length * 2 * LANE_PAD
  const rowHeight = Math.floor(Math.max(font + 10, Math.min(font * 2.6, free / Math.max(1, totalRows))))
  const barHeight = Math.round(Math.min(rowHeight - 6, font * 1.9))

  const lanes: FrameLane[] = []
  const bars: FrameBar[] = []
  let top = 0
  for (const { lane, items, rows, rowOf } of shown) {
    const height = rows * rowHeight + 2 * LANE_PAD
    lanes.push({ id: lane.id, name: lane.name, color: lane.color, top, height })
    const byRow = new Map<number, FrameBar[]>()
    for (const it of items) {
      const row = rowOf.get(it.row) ?? 0
      const y = top + LANE_PAD + row * rowHeight + (rowHeight - barHeight) / 2
      const x0 = Math.max(0, x(it.start))
      const x1 = it.milestone ? x0 : Math.min(width, x(it.end))
      const bar: FrameBar = {
        id: it.id,
        title: it.title,
        lane: lane.id,
        color: lane.color,
        status: it.status,
        x: it.milestone ? x0 - barHeight / 2 : x0,
        y,
        w: it.milestone ? barHeight : Math.max(3, x1 - x0),
        h: barHeight,
        milestone: it.milestone,
        critical: it.marks.critical,
        conflicts: it.marks.openConflicts,
        opportunity: it.marks.opportunities.length > 0,
        label: null,
      }
      bars.push(bar)
      byRow.set(row, [...(byRow.get(row) ?? []), bar])
    }
    for (const row of byRow.values()) {
      row.sort((a, b) => a.x - b.x)
      row.forEach((bar, i) => (bar.label = placeLabel(bar, row[i + 1]?.x ?? width, font, measure)))
    }
    top += height
  }

  const at = new Map(bars.map((b) => [b.id, b]))
  const arrows = input.dependencies.flatMap((d) => {
    const a = at.get(d.from)
    const b = at.get(d.to)
    if (!a || !b) return []
    const x1 = a.x + a.w
    const y1 = a.y + a.h / 2
    const x2 = b.x
    const y2 = b.y + b.h / 2
    const elbow = x1 + 6
    return [{ key: `${d.from}>${d.to}`, d: `M${x1},${y1} H${elbow} V${y2} H${x2}`, critical: a.critical && b.critical }]
  })

  const now = x(layout.now)
  return {
    laneWidth,
    axisHeight,
    width,
    height: top,
    rowHeight,
    lanes,
    bars,
    ticks: monthTicks(domain, x, font),
    arrows,
    nowX: layout.now >= domain[0] && layout.now < domain[1] ? now : null,
    domain,
  }
}

/** labelsOverlap finds two labels whose boxes meet (rows are `rowHeight` apart): for tests and checks. */
export function labelsOverlap(frame: Frame, font: number): [string, string] | null {
  const boxes = frame.bars
    .filter((b) => b.label)
    .map((b) => ({ id: b.id, x0: b.label!.x, x1: b.label!.x + b.label!.width, y0: b.y + b.h / 2 - font * 0.6, y1: b.y + b.h / 2 + font * 0.6 }))
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]
      const q = boxes[j]
      if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) return [p.id, q.id]
    }
  }
  return null
}
