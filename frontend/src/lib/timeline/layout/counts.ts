/**
 * countItems is how many efforts and milestones the lanes draw. Each lane's
 * counts are remembered by the lane object, which LayoutBuilder keeps when
 * an edit leaves the lane unchanged: O(lanes) per edit plus the changed
 * lanes' items.
 */
import type { TimelineLane } from './layout'

const counted = new WeakMap<TimelineLane, number>()

/** milestonesOf is how many of `lane`'s items are milestones. */
function milestonesOf(lane: TimelineLane): number {
  let n = counted.get(lane)
  if (n === undefined) {
    n = 0
    for (const it of lane.items) if (it.milestone) n++
    counted.set(lane, n)
  }
  return n
}

export function countItems(lanes: readonly TimelineLane[]): { efforts: number; milestones: number } {
  let items = 0
  let milestones = 0
  for (const lane of lanes) {
    items += lane.items.length
    milestones += milestonesOf(lane)
  }
  return { efforts: items - milestones, milestones }
}
