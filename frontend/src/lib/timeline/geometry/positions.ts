/**
 * Where every drawn item is in chart pixels (x from the time area's left
 * edge, y from the top of the lanes): for dependency arrows, box selection,
 * overlays and scrolling an item into view. O(items).
 */
import { addDays } from './dates'
import type { TimeScale } from './axis'
import { BAR_HEIGHT, rowY, type LaneBox } from './geometry'
import type { TimelineItem, TimelineLane } from '../layout/layout'

/** MILESTONE_R is the half-width of a milestone's diamond. */
export const MILESTONE_R = 7

export interface ItemBox {
  id: string
  lane: number
  /** left and right edge of the bar (a milestone: of its diamond) */
  x0: number
  x1: number
  /** top of the bar; its middle is top + BAR_HEIGHT / 2 */
  top: number
  mid: number
  milestone: boolean
  critical: boolean
}

/** barSpan is where an effort's bar starts and ends (a pixel in from its days' edges, at least 4 px wide). */
export function barSpan(item: Pick<TimelineItem, 'start' | 'end'>, scale: TimeScale): { x0: number; x1: number } {
  const x0 = Math.round(scale(item.start)) + 1
  return { x0, x1: Math.max(x0 + 4, Math.round(scale(item.end)) - 1) }
}

/** itemBox places one item of lane `laneIndex`. */
export function itemBox(item: TimelineItem, lane: TimelineLane, laneIndex: number, box: LaneBox, scale: TimeScale): ItemBox {
  const top = box.top + rowY(item.row, lane.rows, box.height)
  let x0: number
  let x1: number
  if (item.milestone) {
    const cx = Math.round((scale(item.start) + scale(addDays(item.start, 1))) / 2)
    x0 = cx - MILESTONE_R
    x1 = cx + MILESTONE_R
  } else {
    ;({ x0, x1 } = barSpan(item, scale))
  }
  return { id: item.id, lane: laneIndex, x0, x1, top, mid: top + BAR_HEIGHT / 2, milestone: item.milestone, critical: item.marks.critical }
}

/** itemBoxes places every drawn item, by id. */
export function itemBoxes(lanes: readonly TimelineLane[], boxes: readonly LaneBox[], scale: TimeScale): Map<string, ItemBox> {
  const out = new Map<string, ItemBox>()
  lanes.forEach((lane, i) => {
    for (const item of lane.items) out.set(item.id, itemBox(item, lane, i, boxes[i], scale))
  })
  return out
}

/** Rect is an axis-aligned rectangle in chart pixels. */
export interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** normalRect orders two corners into a rectangle. */
export function normalRect(ax: number, ay: number, bx: number, by: number): Rect {
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }
}

/** itemsInRect lists the items a box selection touches. */
export function itemsInRect(boxes: Iterable<ItemBox>, r: Rect): string[] {
  const hit: string[] = []
  for (const b of boxes) {
    if (b.x1 >= r.x0 && b.x0 <= r.x1 && b.top + BAR_HEIGHT >= r.y0 && b.top <= r.y1) hit.push(b.id)
  }
  return hit
}

/** laneAt is the index of the lane at height y (clamped to the first and last lane), or -1 without lanes. */
export function laneAt(boxes: readonly LaneBox[], y: number): number {
  if (boxes.length === 0) return -1
  let lo = 0
  let hi = boxes.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (boxes[mid].top <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}
