/**
 * Who blocks an effort now, read from the roadmap's status events (SPEC §1:
 * a blocked event names the blocking effort): the hover card, the effort
 * inspector and the summary strip say "Blocked by Billing v2 (Product)
 * since Feb 9". Pure.
 */
import type { Roadmap, RoadmapEvent } from '../../api'
import { formatShortDate } from '../draw/format'
import { parseDay } from '../geometry/dates'

export interface BlockedBy {
  effort: string
  /** the blocking effort's id, title, lane id and lane name ('' when the event names none it knows) */
  blocker: string
  blockerTitle: string
  lane: string
  laneName: string
  /** the first day of the run of blocked events that is still open */
  since: string
  /** the blocker is in another lane than the effort */
  crossLane: boolean
}

/** asOfOf is the roadmap's "now" as YYYY-MM-DD: its asOf, else `today`. */
function asOfOf(roadmap: Roadmap, today: string): string {
  return roadmap.asOf || today
}

/**
 * blockedNow returns, for every effort whose status is blocked and whose
 * last event up to asOf (else `today`, YYYY-MM-DD) is a blocked event, who
 * blocks it and since when: the first of the blocked events that run into
 * each other up to then (blocked by a, then by b: since the first, by b).
 * Events on one day keep their file order. O(E log E + efforts).
 */
export function blockedNow(roadmap: Roadmap, today: string): Map<string, BlockedBy> {
  const asOf = asOfOf(roadmap, today)
  const byEffort = new Map<string, RoadmapEvent[]>()
  for (const ev of roadmap.events ?? []) {
    if (ev.date > asOf) continue
    let list = byEffort.get(ev.effort)
    if (!list) byEffort.set(ev.effort, (list = []))
    list.push(ev)
  }
  const out = new Map<string, BlockedBy>()
  if (byEffort.size === 0) return out // no events up to now: no effort is blocked by one (and no 20,000-effort index per edit)
  const efforts = new Map((roadmap.efforts ?? []).map((e) => [e.id, e]))
  const laneNames = new Map((roadmap.lanes ?? []).map((l) => [l.id, l.name || l.id]))
  for (const [id, list] of byEffort) {
    const effort = efforts.get(id)
    if (effort?.status !== 'blocked') continue
    // A stable sort: same-day events stay in file order.
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    let k = list.length - 1
    if (list[k].status !== 'blocked') continue
    const last = list[k]
    while (k > 0 && list[k - 1].status === 'blocked') k--
    const blocker = efforts.get(last.blockedBy ?? '')
    out.set(id, {
      effort: id,
      blocker: blocker?.id ?? '',
      blockerTitle: blocker ? blocker.title || blocker.id : '',
      lane: blocker?.lane ?? '',
      laneName: blocker ? (laneNames.get(blocker.lane) ?? blocker.lane) : '',
      since: list[k].date,
      crossLane: !!blocker && blocker.lane !== effort.lane,
    })
  }
  return out
}

/** blockedBy is blockedNow for one effort, or null when it is not blocked by a recorded event. */
export function blockedBy(roadmap: Roadmap, effortId: string, today: string): BlockedBy | null {
  const one = { ...roadmap, events: (roadmap.events ?? []).filter((e) => e.effort === effortId) }
  return blockedNow(one, today).get(effortId) ?? null
}

/**
 * describeBlocked: "Blocked by Billing v2 (Product) since Feb 9", "... since
 * today" when the wait began on `today` (the roadmap's now), "Blocked since
 * Feb 9" when the event names no effort Tandem knows.
 */
export function describeBlocked(b: BlockedBy, today: string): string {
  const day = parseDay(b.since)
  const since = b.since === today ? 'today' : day ? formatShortDate(day) : b.since
  return b.blocker ? `Blocked by ${b.blockerTitle} (${b.laneName}) since ${since}` : `Blocked since ${since}`
}
