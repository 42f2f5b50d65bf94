/**
 * Pointer gestures on the timeline, as data and pure steps: what a drag is
 * (move, resize, create, connect, box select, pan, lane reorder), how it
 * advances as the pointer moves, and what it amounts to when released.
 * Points are in chart pixels (x from the time area's left edge, y from the
 * top of the lanes); pan uses client pixels.
 */
import { utcDay } from 'd3-time'
import type { TimeScale } from '../geometry/axis'

export interface Point {
  x: number
  y: number
}

export type Gesture =
  | { kind: 'move'; ids: string[]; origin: Point; days: number; fromLane: number; lane: number; moved: boolean }
  | { kind: 'resize'; id: string; edge: 'start' | 'end'; origin: Point; days: number; moved: boolean }
  | { kind: 'create'; lane: number; origin: Point; from: Date; to: Date; moved: boolean }
  | { kind: 'connect'; from: string; origin: Point; point: Point; target: string | null; moved: boolean }
  | { kind: 'box'; origin: Point; point: Point; extend: boolean; moved: boolean }
  | { kind: 'pan'; origin: Point; scrollLeft: number; scrollTop: number; moved: boolean }
  | { kind: 'lane'; laneId: string; origin: Point; fromIndex: number; index: number; moved: boolean }

/** A drag starts once the pointer has gone this far (pixels); less is a click. */
export const DRAG_THRESHOLD = 4

/** What the pointer is over, as the timeline works it out. */
export interface PointerContext {
  scale: TimeScale
  /** lane index at a chart y */
  laneAt(y: number): number
  /** the effort under the pointer (for connect), or null */
  target: string | null
}

/** dayAt is the day under chart x. */
export function dayAt(scale: TimeScale, x: number): Date {
  return utcDay.floor(scale.invert(x))
}

/** dayShift is how many whole days a horizontal drag of dx pixels covers. */
export function dayShift(scale: TimeScale, dx: number): number {
  const [d0] = scale.domain()
  const pxPerDay = scale(utcDay.offset(d0, 1)) - scale(d0)
  return Math.round(dx / pxPerDay) || 0
}

function far(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) >= DRAG_THRESHOLD || Math.abs(a.y - b.y) >= DRAG_THRESHOLD
}

/** advance moves a gesture to pointer `p`. */
export function advance(g: Gesture, p: Point, ctx: PointerContext): Gesture {
  const moved = g.moved || far(g.origin, p)
  switch (g.kind) {
    case 'move':
      return { ...g, moved, days: moved ? dayShift(ctx.scale, p.x - g.origin.x) : 0, lane: moved ? ctx.laneAt(p.y) : g.fromLane }
    case 'resize':
      return { ...g, moved, days: moved ? dayShift(ctx.scale, p.x - g.origin.x) : 0 }
    case 'create':
      return { ...g, moved, to: dayAt(ctx.scale, p.x) }
    case 'connect':
      return { ...g, moved, point: p, target: ctx.target && ctx.target !== g.from ? ctx.target : null }
    case 'box':
      return { ...g, moved, point: p }
    case 'pan':
      return { ...g, moved }
    case 'lane':
      return { ...g, moved, index: ctx.laneAt(p.y) }
  }
}
