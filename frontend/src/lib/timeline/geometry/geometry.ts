/** Vertical geometry of the swimlane view, in CSS pixels. */
import type { TimelineLane } from '../layout/layout'

export const LABEL_WIDTH = 208
export const AXIS_HEIGHT = 48
export const ROW_HEIGHT = 32
export const BAR_HEIGHT = 24
/** The connect dot past a hovered or selected bar's end (EditHandles): its centre's distance from the end, and its radius. */
export const CONNECT_DOT_X = 10
export const CONNECT_DOT_R = 4
export const LANE_PADDING = 12
export const LANE_MIN_HEIGHT = 64

export interface LaneBox {
  top: number
  height: number
}

/** laneBoxes stacks the lanes: each is its sub-rows plus padding, at least LANE_MIN_HEIGHT. */
export function laneBoxes(lanes: readonly TimelineLane[]): LaneStack {
  let top = 0
  const boxes = lanes.map((lane) => {
    const height = Math.max(LANE_MIN_HEIGHT, lane.rows * ROW_HEIGHT + 2 * LANE_PADDING)
    const box = { top, height }
    top += height
    return box
  })
  return { boxes, height: top }
}

/** LaneStack is the lanes stacked: each lane's box and the total height. */
export type LaneStack = { boxes: LaneBox[]; height: number }

/**
 * keepStack is `next` with each box that equals `prev`'s at the same index
 * replaced by prev's object, and prev itself when every box and the height
 * are the same: after an edit the lanes that did not grow or move keep
 * their boxes, so what is drawn from a box (a lane's row) is not redrawn.
 */
export function keepStack(prev: LaneStack | null, next: LaneStack): LaneStack {
  if (!prev) return next
  let same = prev.boxes.length === next.boxes.length && prev.height === next.height
  next.boxes.forEach((b, i) => {
    const p = prev.boxes[i]
    if (p && p.top === b.top && p.height === b.height) next.boxes[i] = p
    else same = false
  })
  return same ? prev : next
}

/** rowY is the top of a bar in sub-row `row`, relative to its lane (bars are centred vertically when the lane is taller). */
export function rowY(row: number, rows: number, laneHeight: number): number {
  const used = rows * ROW_HEIGHT
  const offset = Math.max(LANE_PADDING, (laneHeight - used) / 2)
  return offset + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
}

/** Window is a visible range [from, to] along one axis; null means "everything" (not measured yet). */
export type Window = { from: number; to: number } | null

/** overlapsWindow says whether [a, b] meets the window. */
export function overlapsWindow(a: number, b: number, win: Window): boolean {
  return win === null || (b >= win.from && a <= win.to)
}

/** rowsInWindow is the first and last sub-row of a lane (at `box`, with `rows` rows) that meet the vertical window. */
export function rowsInWindow(box: LaneBox, rows: number, win: Window): [number, number] {
  if (win === null) return [0, rows - 1]
  const offset = box.top + Math.max(LANE_PADDING, (box.height - rows * ROW_HEIGHT) / 2)
  const first = Math.max(0, Math.floor((win.from - offset) / ROW_HEIGHT))
  const last = Math.min(rows - 1, Math.floor((win.to - offset) / ROW_HEIGHT))
  return [first, last]
}
