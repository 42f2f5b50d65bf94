/** Vertical geometry of the swimlane view, in CSS pixels. */
import type { TimelineLane } from '../layout/layout'

export const LABEL_WIDTH = 208
export const AXIS_HEIGHT = 48
export const ROW_HEIGHT = 32
export const BAR_HEIGHT = 24
export const LANE_PADDING = 12
export const LANE_MIN_HEIGHT = 64

export interface LaneBox {
  top: number
  height: number
}

/** laneBoxes stacks the lanes: each is its sub-rows plus padding, at least LANE_MIN_HEIGHT. */
export function laneBoxes(lanes: readonly TimelineLane[]): { boxes: LaneBox[]; height: number } {
  let top = 0
  const boxes = lanes.map((lane) => {
    const height = Math.max(LANE_MIN_HEIGHT, lane.rows * ROW_HEIGHT + 2 * LANE_PADDING)
    const box = { top, height }
    top += height
    return box
  })
  return { boxes, height: top }
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
