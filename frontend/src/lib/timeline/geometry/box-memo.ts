/**
 * BoxMemo gives what itemBoxes gives, across the edits of one timeline,
 * without placing every item again: LayoutBuilder keeps an unchanged lane
 * (and, in a changed lane, each item that draws the same) as the same
 * object. A lane that is the same object, at the same index, top and
 * height, under the same scale keeps its boxes; in a lane that changed an
 * item that is the same object keeps its box when its lane's row count,
 * index, top, height and the scale are the same. A kept box is the same
 * ItemBox object, so what is built from boxes can tell it did not move
 * (ArrowIndex.update). O(items) map insertions per call, O(changed items)
 * placements.
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

export class BoxMemo {
  #lanes = new WeakMap<TimelineLane, { placing: Placing; boxes: ItemBox[] }>()
  #items = new WeakMap<TimelineItem, { placing: Placing; box: ItemBox }>()

  /** boxes is itemBoxes(lanes, boxes, scale), reusing the ItemBox objects of items that did not move. */
  boxes(lanes: readonly TimelineLane[], laneBoxes: readonly LaneBox[], scale: TimeScale): Map<string, ItemBox> {
    const out = new Map<string, ItemBox>()
    lanes.forEach((lane, i) => {
      const placing: Placing = { index: i, rows: lane.rows, top: laneBoxes[i].top, height: laneBoxes[i].height, scale }
      let made = this.#lanes.get(lane)
      if (!made || !samePlacing(made.placing, placing)) {
        made = { placing, boxes: lane.items.map((item) => this.#box(item, lane, laneBoxes[i], placing)) }
        this.#lanes.set(lane, made)
      }
      for (const b of made.boxes) out.set(b.id, b)
    })
    return out
  }

  #box(item: TimelineItem, lane: TimelineLane, laneBox: LaneBox, placing: Placing): ItemBox {
    const kept = this.#items.get(item)
    if (kept && samePlacing(kept.placing, placing)) return kept.box
    const box = itemBox(item, lane, placing.index, laneBox, placing.scale)
    this.#items.set(item, { placing, box })
    return box
  }
}
