/**
 * keepUnchanged lets a new layout (after an edit, undo or redo) share the
 * objects of the layout before it wherever nothing changed: an unchanged
 * item is the same object, and so is a lane whose items all are. The view
 * compares by identity, so it redraws only the efforts the edit changed.
 */
import type { Span } from './schedule'
import type { ConflictMark, EffortMarks, OpportunityMark } from './marks'
import type { TimelineItem, TimelineLane, TimelineLayout } from './layout'

/** keepUnchanged returns `next` with the unchanged items and lanes of `prev` put in. */
export function keepUnchanged(prev: TimelineLayout | null, next: TimelineLayout): TimelineLayout {
  if (!prev) return next
  const items = new Map<string, TimelineItem>()
  for (const lane of prev.lanes) for (const it of lane.items) items.set(it.id, it)
  const lanes = new Map(prev.lanes.map((l) => [l.id, l]))
  next.lanes = next.lanes.map((lane) => {
    let all = true
    for (let i = 0; i < lane.items.length; i++) {
      const old = items.get(lane.items[i].id)
      if (old && sameItem(old, lane.items[i])) lane.items[i] = old
      else all = false
    }
    const old = lanes.get(lane.id)
    return all && old && sameLane(old, lane) ? old : lane
  })
  return next
}

function sameLane(a: TimelineLane, b: TimelineLane): boolean {
  return (
    a.name === b.name &&
    a.color === b.color &&
    a.rows === b.rows &&
    a.items.length === b.items.length &&
    a.items.every((it, i) => it === b.items[i])
  )
}

const sameDay = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : +a === +b)

function sameSpan(a: Span | null, b: Span | null): boolean {
  if (a === null || b === null) return a === b
  return sameDay(a.start, b.start) && sameDay(a.end, b.end) && a.milestone === b.milestone && a.estimated === b.estimated
}

/** sameItem says whether two items draw the same (every field the view reads). */
export function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.status === b.status &&
    a.owner === b.owner &&
    a.lane === b.lane &&
    a.row === b.row &&
    sameSpan(a, b) &&
    sameDay(a.next, b.next) &&
    sameSpan(a.ghost, b.ghost) &&
    sameMarks(a.marks, b.marks)
  )
}

function sameMarks(a: EffortMarks, b: EffortMarks): boolean {
  return (
    a === b ||
    (a.critical === b.critical &&
      a.float === b.float &&
      a.slipDays === b.slipDays &&
      a.openConflicts === b.openConflicts &&
      sameList(a.conflicts, b.conflicts, sameConflict) &&
      sameList(a.opportunities, b.opportunities, sameOpportunity))
  )
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]))
}

function sameConflict(a: ConflictMark, b: ConflictMark): boolean {
  return (
    a.kind === b.kind &&
    a.severity === b.severity &&
    a.other === b.other &&
    a.otherTitle === b.otherTitle &&
    a.on === b.on &&
    sameDay(a.from, b.from) &&
    sameDay(a.to, b.to) &&
    a.accepted === b.accepted
  )
}

function sameOpportunity(a: OpportunityMark, b: OpportunityMark): boolean {
  return a.other === b.other && a.otherTitle === b.otherTitle && a.score === b.score && sameList(a.via, b.via, (x, y) => x === y)
}
