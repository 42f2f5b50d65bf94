/**
 * The "what changed since the last snapshot" slide. A roadmap may carry
 * named snapshots (`snapshots`: frozen copies with a date); the latest one
 * is compared with the roadmap as it is now, effort by effort, in the
 * chosen lanes: added, dropped, killed or other status, moved dates.
 * No snapshot, no slide.
 */
import type { Effort, Roadmap } from '../api'
import { plural } from '../timeline/format'
import { shortDay } from './slide-text'
import type { Names, Row, Scope, Slide } from './slides'

/** FrozenRoadmap is one named snapshot, as the file format keeps it. */
export interface FrozenRoadmap {
  id?: string
  name?: string
  date?: string
  roadmap?: Pick<Roadmap, 'efforts'> | null
}

/** MAX_ROWS keeps the slide legible; the rest is counted in the subtitle. */
export const MAX_ROWS = 8

/** lastSnapshot is the latest snapshot with a roadmap (by date, then position), or null. */
export function lastSnapshot(roadmap: Roadmap): FrozenRoadmap | null {
  const list = ((roadmap as { snapshots?: FrozenRoadmap[] | null }).snapshots ?? []).filter((s) => s?.roadmap)
  let last: FrozenRoadmap | null = null
  for (const s of list) if (!last || (s.date ?? '') >= (last.date ?? '')) last = s
  return last
}

function dates(e: Effort): string {
  if (!e.start) return e.durationDays !== undefined ? `${e.durationDays} days, unplaced` : 'unplaced'
  return e.end && e.end !== e.start ? `${shortDay(e.start, false)} – ${shortDay(e.end, false)}` : shortDay(e.start, false)
}

/** effortChanges lists what changed for the efforts of `lanes` between `before` and `now`. */
export function effortChanges(before: readonly Effort[], now: readonly Effort[], lanes: readonly string[], names: Names): Row[] {
  const old = new Map(before.map((e) => [e.id, e]))
  const rows: Row[] = []
  const color = (lane: string) => names.laneColor.get(lane)
  for (const e of now) {
    const was = old.get(e.id)
    old.delete(e.id)
    if (!lanes.includes(e.lane)) continue
    const label = e.title || e.id
    if (!was) {
      rows.push({ label, detail: 'Added', color: color(e.lane), when: dates(e) })
      continue
    }
    const status = e.status || 'planned'
    const wasStatus = was.status || 'planned'
    if (status !== wasStatus) rows.push({ label, detail: status === 'killed' ? 'Stopped' : `${wasStatus} → ${status}`, color: color(e.lane) })
    else if (dates(e) !== dates(was)) rows.push({ label, detail: `Moved from ${dates(was)}`, color: color(e.lane), when: dates(e) })
    if (e.lane !== was.lane) rows.push({ label, detail: `Moved from ${names.laneName.get(was.lane) ?? was.lane}`, color: color(e.lane) })
  }
  for (const e of old.values()) {
    if (lanes.includes(e.lane)) rows.push({ label: e.title || e.id, detail: 'Removed', color: color(e.lane) })
  }
  return rows
}

/** changesSlide compares the roadmap with its last snapshot; null when there is none. */
export function changesSlide(roadmap: Roadmap, scope: Scope, names: Names): Slide | null {
  const snap = lastSnapshot(roadmap)
  if (!snap?.roadmap) return null
  const rows = effortChanges(snap.roadmap.efforts ?? [], roadmap.efforts, scope.lanes, names)
  const more = rows.length > MAX_ROWS ? ` (the first ${MAX_ROWS} shown)` : ''
  const since = [snap.name ? `“${snap.name}”` : 'the last snapshot', snap.date ? shortDay(snap.date) : ''].filter(Boolean).join(', ')
  return {
    key: 'changes',
    kind: 'list',
    title: 'What changed since the last snapshot',
    subtitle: rows.length ? `${plural(rows.length, 'change')} since ${since}${more}.` : `Nothing changed since ${since}.`,
    marks: [],
    rows: rows.slice(0, MAX_ROWS),
  }
}
