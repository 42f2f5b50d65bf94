/**
 * Dependency arrows routed between bars (SPEC §1 types): FS leaves the
 * predecessor's end and enters the successor's start; SS start to start; FF
 * end to end; SF start to end. An arrow runs out horizontally, turns in the
 * gap beside the bars, and comes in horizontally; when the way is blocked
 * (the target begins before the source ends) it detours through the gap
 * between rows. Pure: returns SVG path data ending at the target, so a
 * marker with orient="auto" draws the head.
 */
import { ROW_HEIGHT } from './geometry'
import type { ItemBox } from './positions'

/** G is how far an arrow runs out of a bar before turning. */
export const G = 8

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF'

export function dependencyType(type: string | undefined): DependencyType {
  return type === 'SS' || type === 'FF' || type === 'SF' ? type : 'FS'
}

/** The gap between rows next to the source, on the side of the target. */
function detourY(from: ItemBox, to: ItemBox): number {
  return to.mid >= from.mid ? from.mid + ROW_HEIGHT / 2 : from.mid - ROW_HEIGHT / 2
}

/**
 * routePoints returns the corners of an arrow of a dependency of `type` from
 * `from` to `to`, as a flat [x0, y0, x1, y1, ...] list; legs alternate
 * horizontal and vertical, the first one horizontal (a leg may be empty).
 */
export function routePoints(type: DependencyType, from: ItemBox, to: ItemBox): number[] {
  const fromEnd = type === 'FS' || type === 'FF'
  const toStart = type === 'FS' || type === 'SS'
  const sx = fromEnd ? from.x1 : from.x0
  const tx = toStart ? to.x0 : to.x1
  const outX = fromEnd ? sx + G : sx - G
  const inX = toStart ? tx - G : tx + G
  const sy = from.mid
  const ty = to.mid
  if (fromEnd !== toStart) {
    // SS runs left of both starts, FF right of both ends: one shared column.
    const col = fromEnd ? Math.max(outX, inX) : Math.min(outX, inX)
    return [sx, sy, col, sy, col, ty, tx, ty]
  }
  // FS goes right into the target's start, SF left into its end: direct when the way is free.
  const free = fromEnd ? outX <= inX : inX <= outX
  if (free && sy === ty) return [sx, sy, tx, ty]
  if (free) return [sx, sy, outX, sy, outX, ty, tx, ty]
  const dy = detourY(from, to)
  return [sx, sy, outX, sy, outX, dy, inX, dy, inX, ty, tx, ty]
}

/** pathOf writes corners (routePoints) as SVG path data: M, then legs alternating H and V, the first one H. */
export function pathOf(points: readonly number[]): string {
  let d = `M${points[0]} ${points[1]}`
  for (let i = 2; i < points.length; i += 2) d += i % 4 === 2 ? `H${points[i]}` : `V${points[i + 1]}`
  return d
}

/** A vertical leg longer than SPLIT_LEG px is drawn apart from the legs it joins (piecesOf). */
export const SPLIT_LEG = 2 * ROW_HEIGHT
/** How far from its corners (px) a long vertical leg is cut. */
export const CUT = ROW_HEIGHT / 4

/**
 * piecesOf writes corners (routePoints) as the path data of the pieces an
 * arrow is drawn in: one piece (pathOf's) unless a vertical leg is longer
 * than SPLIT_LEG; such a leg is cut CUT px from each corner, at whole
 * pixels, so that each corner stays in one piece (its round join drawn as
 * before) and the pieces, with butt ends meeting on whole pixels, draw what
 * the whole path draws (a line's antialiasing may differ by a shade). A
 * browser repaints a changed path's whole bounding box: an arrow that turns
 * down a tall leg to a far bar spans most of the view, and each edit that
 * moved one of its ends repainted all of it; its pieces are thin horizontal
 * strips and a vertical line.
 */
export function piecesOf(points: readonly number[]): string[] {
  const pieces: string[] = []
  let d = `M${points[0]} ${points[1]}`
  for (let i = 2; i < points.length; i += 2) {
    const horizontal = i % 4 === 2
    if (horizontal) {
      d += `H${points[i]}`
      continue
    }
    const [y0, y1] = [points[i - 1], points[i + 1]]
    if (Math.abs(y1 - y0) <= SPLIT_LEG) {
      d += `V${y1}`
      continue
    }
    const down = y1 > y0 ? 1 : -1
    const [a, b] = [Math.round(y0 + down * CUT), Math.round(y1 - down * CUT)]
    const x = points[i]
    pieces.push(`${d}V${a}`, `M${x} ${a}V${b}`)
    d = `M${x} ${b}V${y1}`
  }
  pieces.push(d)
  return pieces
}

/** route returns the path of an arrow of a dependency of `type` from `from` to `to`. */
export function route(type: DependencyType, from: ItemBox, to: ItemBox): string {
  return pathOf(routePoints(type, from, to))
}

/** distanceTo is how far point (x, y) is from the polyline `points`. */
export function distanceTo(points: readonly number[], x: number, y: number): number {
  let best = Infinity
  for (let i = 2; i < points.length; i += 2) {
    const [ax, ay, bx, by] = [points[i - 2], points[i - 1], points[i], points[i + 1]]
    // Legs are axis-aligned: clamp the point onto the leg.
    const cx = Math.min(Math.max(x, Math.min(ax, bx)), Math.max(ax, bx))
    const cy = Math.min(Math.max(y, Math.min(ay, by)), Math.max(ay, by))
    best = Math.min(best, Math.hypot(x - cx, y - cy))
  }
  return best
}

/** arrowBounds is the box an arrow can occupy, for culling. */
export function arrowBounds(from: ItemBox, to: ItemBox): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: Math.min(from.x0, to.x0) - G,
    x1: Math.max(from.x1, to.x1) + G,
    y0: Math.min(from.mid, to.mid) - ROW_HEIGHT,
    y1: Math.max(from.mid, to.mid) + ROW_HEIGHT,
  }
}
