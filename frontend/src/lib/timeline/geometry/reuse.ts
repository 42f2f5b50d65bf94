/**
 * After an edit, undo or redo the layout is built anew: every item is a new
 * object. KeepDrawn gives back the object drawn before for each item that
 * draws the same, so the view (which compares by identity) redraws only the
 * efforts the edit changed. Only drawn items are compared (a few hundred),
 * never the whole roadmap.
 */
import type { Span } from '../layout/schedule'
import type { ConflictMark, EffortMarks, OpportunityMark } from '../layout/marks'
import type { TimelineItem } from '../layout/layout'

export class KeepDrawn {
  #drawn = new Map<string, TimelineItem>()

  /** keep returns `items` with each unchanged one replaced by the object drawn before, and remembers them as drawn. */
  keep(items: readonly TimelineItem[]): TimelineItem[] {
    const out = items.map((it) => {
      const old = this.#drawn.get(it.id)
      return old && old !== it && sameItem(old, it) ? old : it
    })
    this.#drawn = new Map(out.map((it) => [it.id, it]))
    return out
  }
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

export function sameMarks(a: EffortMarks, b: EffortMarks): boolean {
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
