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

/** route returns the path of an arrow of a dependency of `type` from `from` to `to`. */
export function route(type: DependencyType, from: ItemBox, to: ItemBox): string {
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
    return `M${sx} ${sy}H${col}V${ty}H${tx}`
  }
  // FS goes right into the target's start, SF left into its end: direct when the way is free.
  const free = fromEnd ? outX <= inX : inX <= outX
  if (free && sy === ty) return `M${sx} ${sy}H${tx}`
  if (free) return `M${sx} ${sy}H${outX}V${ty}H${tx}`
  return `M${sx} ${sy}H${outX}V${detourY(from, to)}H${inX}V${ty}H${tx}`
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
