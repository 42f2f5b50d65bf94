/**
 * BoxMemo gives what itemBoxes gives, across the edits of one timeline,
 * without placing every item again: LayoutBuilder keeps an unchanged lane
 * (and, in a changed lane, each item that draws the same) as the same
 * object. A lane that is the same object, at the same index, top and
 * height, under the same scale keeps its boxes; in a lane that changed an
 * item that is the same object keeps its box when its lane's row count,
 * index, top, height and the scale are the same. A kept box is the same
 * ItemBox object, so what is built from boxes can tell it did not move
 * (ArrowIndex.update).
 *
 * The boxes by id are one map kept across calls and changed only where a
 * lane's boxes changed: O(lanes + changed lanes' items) per call, O(items)
 * placements only when everything moves (a new scale). Each call gives a
 * new BoxView of that map (so that what reads it sees a new value), valid
 * until the next call, and changedSince tells which ids' boxes changed
 * between two views.
 */
import type { TimeScale } from './axis'
import type { LaneBox } from './geometry'
import type { TimelineItem, TimelineLane } from '../layout/layout'
import { itemBox, type ItemBox } from './positions'

/** Placing is what an item's box depends on besides the item: its lane's index, rows and box, and the scale. */
interface Placing {
  index: number
  rows: number
  top: number
  height: number
  scale: TimeScale
}

const samePlacing = (a: Placing, b: Placing) =>
  a.index === b.index && a.rows === b.rows && a.top === b.top && a.height === b.height && a.scale === b.scale

/** BoxView is the boxes by id as one BoxMemo.boxes call left them (`gen` names that call); read it before the next call. */
export class BoxView implements ReadonlyMap<string, ItemBox> {
  readonly #map: Map<string, ItemBox>
  readonly gen: number

  constructor(map: Map<string, ItemBox>, gen: number) {
    this.#map = map
    this.gen = gen
  }
  get size(): number {
    return this.#map.size
  }
  get(id: string): ItemBox | undefined {
    return this.#map.get(id)
  }
  has(id: string): boolean {
    return this.#map.has(id)
  }
  keys(): MapIterator<string> {
    return this.#map.keys()
  }
  values(): MapIterator<ItemBox> {
    return this.#map.values()
  }
  entries(): MapIterator<[string, ItemBox]> {
    return this.#map.entries()
  }
  forEach(fn: (box: ItemBox, id: string, map: ReadonlyMap<string, ItemBox>) => void): void {
    this.#map.forEach((box, id) => fn(box, id, this))
  }
  [Symbol.iterator](): MapIterator<[string, ItemBox]> {
    return this.#map[Symbol.iterator]()
  }
}

/** LOG_MAX is how many calls back changedSince can tell. */
const LOG_MAX = 16

export class BoxMemo {
  #lanes = new WeakMap<TimelineLane, { placing: Placing; boxes: ItemBox[] }>()
  #items = new WeakMap<TimelineItem, { placing: Placing; box: ItemBox }>()
  #out = new Map<string, ItemBox>()
  /** the boxes of each lane, by index, as last put in #out */
  #slots: ItemBox[][] = []
  #gen = 0
  /** the ids each call changed (null: any), newest last */
  #log: { gen: number; ids: string[] | null }[] = []

  /** boxes is itemBoxes(lanes, boxes, scale), reusing the ItemBox objects of items that did not move. */
  boxes(lanes: readonly TimelineLane[], laneBoxes: readonly LaneBox[], scale: TimeScale): BoxView {
    const next = lanes.map((lane, i) => {
      const placing: Placing = { index: i, rows: lane.rows, top: laneBoxes[i].top, height: laneBoxes[i].height, scale }
      let made = this.#lanes.get(lane)
      if (!made || !samePlacing(made.placing, placing)) {
        made = { placing, boxes: lane.items.map((item) => this.#box(item, lane, laneBoxes[i], placing)) }
        this.#lanes.set(lane, made)
      }
      return made.boxes
    })
    const out = this.#out
    let changed: string[] | null = []
    // the boxes of lanes that changed leave the map first (unless an unchanged lane holds them), then the new ones come in
    const left = new Map<string, ItemBox>()
    const leave = (old: ItemBox[] | undefined) => {
      for (const b of old ?? []) {
        if (out.get(b.id) !== b) continue
        out.delete(b.id)
        left.set(b.id, b)
      }
    }
    next.forEach((boxes, i) => boxes !== this.#slots[i] && leave(this.#slots[i]))
    for (let i = next.length; i < this.#slots.length; i++) leave(this.#slots[i])
    let count = 0
    next.forEach((boxes, i) => {
      count += boxes.length
      if (boxes === this.#slots[i]) return
      for (const b of boxes) {
        const before = left.has(b.id) ? left.get(b.id) : out.get(b.id)
        left.delete(b.id)
        if (before !== b) changed!.push(b.id)
        out.set(b.id, b)
      }
    })
    for (const id of left.keys()) changed.push(id)
    if (out.size !== count) {
      // an id in two places: the last one counts, as in itemBoxes
      out.clear()
      for (const boxes of next) for (const b of boxes) out.set(b.id, b)
      changed = null
    }
    this.#slots = next
    this.#gen++
    this.#log.push({ gen: this.#gen, ids: changed })
    if (this.#log.length > LOG_MAX) this.#log.shift()
    return new BoxView(out, this.#gen)
  }

  /** changedSince is the ids whose box changed from the view of call `gen` to the latest (null: any may have, or too long ago to tell). */
  changedSince(gen: number): string[] | null {
    if (gen === this.#gen) return []
    const first = this.#log.findIndex((e) => e.gen === gen + 1)
    if (first < 0) return null
    const ids = new Set<string>()
    for (const e of this.#log.slice(first)) {
      if (!e.ids) return null
      for (const id of e.ids) ids.add(id)
    }
    return [...ids]
  }

  #box(item: TimelineItem, lane: TimelineLane, laneBox: LaneBox, placing: Placing): ItemBox {
    const kept = this.#items.get(item)
    if (kept && samePlacing(kept.placing, placing)) return kept.box
    const box = itemBox(item, lane, placing.index, laneBox, placing.scale)
    this.#items.set(item, { placing, box })
    return box
  }
}
