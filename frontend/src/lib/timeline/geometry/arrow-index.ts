/**
 * ArrowIndex holds where every dependency arrow can be (its bounds, in flat
 * typed arrays) so that finding the arrows near the view is one tight scan
 * with no allocation, and only those arrows are routed. Built once per
 * layout and zoom (the boxes), queried on every scroll step.
 */
import type { Dependency } from '../../api'
import { dependencyKey } from '../../state/selection.svelte'
import { arrowBounds, dependencyType, distanceTo, pathOf, piecesOf, routePoints, type DependencyType } from './arrows'
import type { Window } from './geometry'
import type { ItemBox } from './positions'

/** Arrow is one drawn dependency: its key ("from>to"), ends, corners, path (whole and in the pieces it is drawn in) and ink. */
export interface Arrow {
  key: string
  from: string
  to: string
  points: number[]
  d: string
  /** the path data of the pieces it is drawn in (arrows.ts piecesOf); the last one ends at the target */
  pieces: string[]
  critical: boolean
  type: DependencyType
}

export class ArrowIndex {
  #from: ItemBox[] = []
  #to: ItemBox[] = []
  #types: DependencyType[] = []
  #bounds: Float64Array
  /** routed arrows, kept so that one still in view after a scroll step is the same object (nothing to redraw) */
  #routed: (Arrow | undefined)[] = []
  /** how many arrows were taken over from the index before */
  #kept = 0
  /** the dependencies indexed; each one's arrow (-1: not drawn, an end has no box); each id's dependencies */
  #deps: readonly Dependency[]
  #slot: Int32Array
  #byId: Map<string, number[]> | null = null

  /**
   * An index of `dependencies` between the items at `boxes`. With `prev`
   * (the index before an edit), an arrow whose two boxes and type are those
   * of prev's arrow at the same place keeps its bounds and routed arrow
   * (the same object): BoxMemo keeps the box of an item that did not move.
   */
  constructor(dependencies: readonly Dependency[], boxes: ReadonlyMap<string, ItemBox>, prev?: ArrowIndex) {
    this.#deps = dependencies
    const slot = (this.#slot = new Int32Array(dependencies.length))
    dependencies.forEach((dep, d) => {
      const from = boxes.get(dep.from)
      const to = boxes.get(dep.to)
      if (!from || !to) {
        slot[d] = -1
        return
      }
      slot[d] = this.#from.length
      this.#from.push(from)
      this.#to.push(to)
      this.#types.push(dependencyType(dep.type))
    })
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
      ArrowIndex.#place(bounds, j, from[i], to[i])
    }
    this.#kept = kept
  }

  static #place(bounds: Float64Array, j: number, from: ItemBox, to: ItemBox): void {
    const b = arrowBounds(from, to)
    bounds[j] = b.x0
    bounds[j + 1] = b.x1
    bounds[j + 2] = b.y0
    bounds[j + 3] = b.y1
  }

  /**
   * update is the index of `dependencies` at `boxes`: `prev` itself when
   * every arrow is as in prev, else a new one reusing prev's unchanged
   * arrows. `moved`, when given, names every id whose box is not the one
   * prev was built with (BoxMemo.changedSince): with the same dependencies
   * only their arrows are looked at, O(their arrows), and the new index
   * takes over prev's arrays (prev, replaced, is not to be queried again);
   * null or absent, every arrow is.
   */
  static update(
    prev: ArrowIndex | null,
    dependencies: readonly Dependency[],
    boxes: ReadonlyMap<string, ItemBox>,
    moved?: readonly string[] | null,
  ): ArrowIndex {
    if (prev && moved && prev.#deps === dependencies) {
      const patched = prev.#patch(boxes, moved)
      if (patched) return patched
    }
    const next = new ArrowIndex(dependencies, boxes, prev ?? undefined)
    return prev && next.#kept === next.size && prev.size === next.size ? prev : next
  }

  /** patch is this index with the arrows of the `moved` ids placed anew: itself when none moved, null when one appears or goes (then build anew). */
  #patch(boxes: ReadonlyMap<string, ItemBox>, moved: readonly string[]): ArrowIndex | null {
    const byId = (this.#byId ??= endsOf(this.#deps))
    const deps = this.#deps
    const touched = new Set<number>()
    for (const id of moved) for (const d of byId.get(id) ?? []) touched.add(d)
    let next: ArrowIndex | null = null
    for (const d of touched) {
      const from = boxes.get(deps[d].from)
      const to = boxes.get(deps[d].to)
      const i = this.#slot[d]
      const drawn = !!from && !!to
      if (drawn !== i >= 0) return null
      if (!from || !to) continue
      if (this.#from[i] === from && this.#to[i] === to) continue
      next ??= this.#take()
      next.#from[i] = from
      next.#to[i] = to
      next.#routed[i] = undefined
      ArrowIndex.#place(next.#bounds, i * 4, from, to)
    }
    return next ?? this
  }

  /**
   * take is a new index that takes over this one's arrows, arrays and all,
   * to change them: an index is replaced by its update (Timeline keeps only
   * the latest), so copying 4 arrays of every arrow per edit would buy nothing.
   */
  #take(): ArrowIndex {
    const c = new ArrowIndex(NO_DEPS, NO_BOXES)
    c.#from = this.#from
    c.#to = this.#to
    c.#types = this.#types
    c.#bounds = this.#bounds
    c.#routed = this.#routed
    c.#deps = this.#deps
    c.#slot = this.#slot
    c.#byId = this.#byId
    return c
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
    return { key: dependencyKey({ from: from.id, to: to.id }), from: from.id, to: to.id, points, d: pathOf(points), pieces: piecesOf(points), critical: from.critical && to.critical, type }
  }
}

const NO_DEPS: readonly Dependency[] = []
const NO_BOXES: ReadonlyMap<string, ItemBox> = new Map()

/** endsOf is the dependencies (their places in `deps`) by each end's id. */
function endsOf(deps: readonly Dependency[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  deps.forEach((dep, d) => {
    for (const id of dep.from === dep.to ? [dep.from] : [dep.from, dep.to]) {
      const list = out.get(id)
      if (list) list.push(d)
      else out.set(id, [d])
    }
  })
  return out
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
