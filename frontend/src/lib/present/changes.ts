/**
 * The "what changed since the last snapshot" slide, from the backend's
 * comparison with the latest snapshot (the Agenda call's `changes`: efforts
 * added, removed, moved, slipping or stopped; conflicts new or resolved;
 * decisions recorded since), kept to the chosen lanes. No snapshot, no
 * slide.
 */
import type { Agenda, AgendaConflict, EffortRef } from '../api'
import { plural } from '../timeline/draw/format'
import { shortDay } from './slide-text'
import type { Names, Row, Scope, Slide } from './slides'

/** SinceSnapshot is what changed and since which snapshot (Agenda's `since` and `changes`). */
export type SinceSnapshot = Pick<Agenda, 'since' | 'changes'>

/** MAX_ROWS keeps the slide legible; the subtitle counts the rest. */
export const MAX_ROWS = 8

function days(n: number): string {
  return `${n > 0 ? '+' : ''}${plural(n, 'day')}`
}

/** changeRows lists the changes of the chosen lanes, most telling first: moves and slips, stops, new and resolved conflicts, additions, removals, decisions. */
export function changeRows(since: SinceSnapshot, lanes: readonly string[], names: Names): Row[] {
  const c = since.changes
  const inLanes = (e: EffortRef) => lanes.includes(e.lane)
  const color = (e: EffortRef) => names.laneColor.get(e.lane)
  const effortRow = (e: EffortRef, detail: string, when?: string): Row => ({ label: e.title, detail, color: color(e), when })
  const conflictRow = (k: AgendaConflict, detail: string): Row => ({
    label: `${k.efforts[0].title} × ${k.efforts[1].title}`,
    detail: k.about ? `${detail}: ${k.about}` : detail,
    color: 'var(--conflict)',
  })
  const pairIn = (k: AgendaConflict) => k.efforts.some(inLanes)
  return [
    ...(c.moved ?? [])
      .filter((m) => inLanes(m.effort))
      .map((m) => effortRow(m.effort, `Moved ${days(m.startDays)} (was ${shortDay(m.wasStart, false)} – ${shortDay(m.wasEnd, false)})`, `${shortDay(m.start, false)} – ${shortDay(m.end, false)}`)),
    ...(c.slips ?? []).filter((s) => inLanes(s.effort)).map((s) => effortRow(s.effort, `Slipping ${plural(s.slipDays, 'day')} (was ${s.wasDays})`)),
    ...(c.kills ?? []).filter(inLanes).map((e) => effortRow(e, 'Stopped')),
    ...(c.newConflicts ?? []).filter(pairIn).map((k) => conflictRow(k, 'New conflict')),
    ...(c.resolvedConflicts ?? []).filter(pairIn).map((k) => conflictRow(k, 'Conflict resolved')),
    ...(c.added ?? []).filter(inLanes).map((e) => effortRow(e, 'Added', names.when(e.id))),
    ...(c.removed ?? []).filter(inLanes).map((e) => effortRow(e, 'Removed')),
    ...(c.decisions ?? []).map((d) => ({ label: d.title || d.kind, detail: `Decision: ${d.kind}`, when: shortDay(d.date) })),
  ]
}

/** changesSlide says what changed since the snapshot; null without one. */
export function changesSlide(since: SinceSnapshot | null | undefined, scope: Scope, names: Names): Slide | null {
  if (!since?.since) return null
  const rows = changeRows(since, scope.lanes, names)
  const snap = since.since
  const when = [`“${snap.name}”`, snap.date ? shortDay(snap.date) : ''].filter(Boolean).join(', ')
  const more = rows.length > MAX_ROWS ? ` (the first ${MAX_ROWS} shown)` : ''
  return {
    key: 'changes',
    kind: 'list',
    title: 'What changed since the last snapshot',
    subtitle: rows.length ? `${plural(rows.length, 'change')} since ${when}${more}.` : `Nothing changed since ${when}.`,
    marks: [],
    rows: rows.slice(0, MAX_ROWS),
  }
}
