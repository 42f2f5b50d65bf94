/**
 * ArrowIndex holds where every dependency arrow can be (its bounds, in flat
 * typed arrays) so that finding the arrows near the view is one tight scan
 * with no allocation, and only those arrows are routed. Built once per
 * layout and zoom (the boxes), queried on every scroll step.
 */
import type { Dependency } from '../../api'
import { dependencyKey } from '../../state/selection.svelte'
import { arrowBounds, dependencyType, distanceTo, pathOf, routePoints, type DependencyType } from './arrows'
import type { Window } from './geometry'
import type { ItemBox } from './positions'

/** Arrow is one drawn dependency: its key ("from>to"), ends, corners, path and ink. */
export interface Arrow {
  key: string
  from: string
  to: string
  points: number[]
  d: string
  critical: boolean
  type: DependencyType
}

export class ArrowIndex {
  readonly #from: ItemBox[] = []
  readonly #to: ItemBox[] = []
  readonly #types: DependencyType[] = []
  readonly #bounds: Float64Array
  /** routed arrows, kept so that one still in view after a scroll step is the same object (nothing to redraw) */
  readonly #routed: (Arrow | undefined)[] = []
  /** how many arrows were taken over from the index before */
  #kept = 0

  /**
   * An index of `dependencies` between the items at `boxes`. With `prev`
   * (the index before an edit), an arrow whose two boxes and type are those
   * of prev's arrow at the same place keeps its bounds and routed arrow
   * (the same object): BoxMemo keeps the box of an item that did not move.
   */
  constructor(dependencies: readonly Dependency[], boxes: ReadonlyMap<string, ItemBox>, prev?: ArrowIndex) {
    for (const dep of dependencies) {
      const from = boxes.get(dep.from)
      const to = boxes.get(dep.to)
      if (!from || !to) continue
      this.#from.push(from)
      this.#to.push(to)
      this.#types.push(dependencyType(dep.type))
    }
    // plain locals in the loop: a private field read costs a brand check each time
    const n = this.#from.length
    const [from, to, types, routed] = [this.#from, this.#to, this.#types, this.#routed]
    const bounds = (this.#bounds = new Float64Array(n * 4))
    const [pFrom, pTo, pTypes, pRouted, pBounds] = prev ? [prev.#from, prev.#to, prev.#types, prev.#routed, prev.#bounds] : [[], [], [], [], bounds]
    let kept = 0
    for (let i = 0, j = 0; i < n; i++, j += 4) {
      if (pFrom[i] === from[i] && pTo[i] === to[i] && pTypes[i] === types[i]) {
        bounds[j] = pBounds[j]
        bounds[j + 1] = pBounds[j + 1]
        bounds[j + 2] = pBounds[j + 2]
        bounds[j + 3] = pBounds[j + 3]
        routed[i] = pRouted[i]
        kept++
        continue
      }
      const b = arrowBounds(from[i], to[i])
      bounds[j] = b.x0
      bounds[j + 1] = b.x1
      bounds[j + 2] = b.y0
      bounds[j + 3] = b.y1
    }
    this.#kept = kept
  }

  /** update is the index of `dependencies` at `boxes`: `prev` itself when every arrow is as in prev, else a new one reusing prev's unchanged arrows. */
  static update(prev: ArrowIndex | null, dependencies: readonly Dependency[], boxes: ReadonlyMap<string, ItemBox>): ArrowIndex {
    const next = new ArrowIndex(dependencies, boxes, prev ?? undefined)
    return prev && next.#kept === next.size && prev.size === next.size ? prev : next
  }

  get size(): number {
    return this.#from.length
  }

  /** query routes the arrows whose bounds meet both windows (null: everything), critical ones last (drawn on top). */
  query(xWindow: Window, yWindow: Window): Arrow[] {
    const [x0, x1] = xWindow ? [xWindow.from, xWindow.to] : [-Infinity, Infinity]
    const [y0, y1] = yWindow ? [yWindow.from, yWindow.to] : [-Infinity, Infinity]
    const plain: Arrow[] = []
    const critical: Arrow[] = []
    const b = this.#bounds
    for (let i = 0, j = 0; i < this.#from.length; i++, j += 4) {
      if (b[j + 1] < x0 || b[j] > x1 || b[j + 3] < y0 || b[j + 2] > y1) continue
      const arrow = (this.#routed[i] ??= this.#route(i))
      ;(arrow.critical ? critical : plain).push(arrow)
    }
    return plain.concat(critical)
  }

  #route(i: number): Arrow {
    const from = this.#from[i]
    const to = this.#to[i]
    const type = this.#types[i]
    const points = routePoints(type, from, to)
    return { key: dependencyKey({ from: from.id, to: to.id }), from: from.id, to: to.id, points, d: pathOf(points), critical: from.critical && to.critical, type }
  }
}

/** ARROW_REACH is how near (px) the pointer must come to an arrow to point at it. */
export const ARROW_REACH = 5

/** arrowAt is the arrow nearest to chart point (x, y) within `reach` px, or null. */
export function arrowAt(arrows: readonly Arrow[], x: number, y: number, reach = ARROW_REACH): Arrow | null {
  let best: Arrow | null = null
  let bestDistance = reach
  for (const a of arrows) {
    const d = distanceTo(a.points, x, y)
    if (d <= bestDistance) {
      best = a
      bestDistance = d
    }
  }
  return best
}
