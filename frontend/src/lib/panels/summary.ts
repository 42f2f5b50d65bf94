/** The numbers a leader reads at a glance, from the analysis (SPEC §3). Pure. */
import type { Analysis, Roadmap } from '../api'
import { blockedNow } from '../timeline/layout/blocked'
import { parseDay } from '../timeline/geometry/dates'
import { formatShortDate, plural } from '../timeline/draw/format'

export interface Summary {
  /** the project finish (last day, inclusive), or null for an empty roadmap */
  finish: Date | null
  /** the project's length in (working) days */
  durationDays: number
  critical: number
  openConflicts: number
  crossLaneConflicts: number
  opportunities: number
  crossLaneBlockedDays: number
  crossLaneBlockedEvents: number
  /** efforts blocked by another lane's effort right now, and the earliest day one of those waits began (YYYY-MM-DD) */
  waitingNow: number
  waitingSince: string | null
  /** the roadmap's now (asOf, else today), YYYY-MM-DD */
  now: string
}

/**
 * summarize reads the headline numbers; null when there is no analysis. With
 * the roadmap it also counts the waits on another lane open now (its events;
 * `today`, YYYY-MM-DD, is "now" when it has no asOf).
 */
export function summarize(analysis: Analysis | null | undefined, roadmap?: Roadmap | null, today = ''): Summary | null {
  if (!analysis) return null
  const waiting = roadmap ? [...blockedNow(roadmap, today).values()].filter((b) => b.crossLane) : []
  const c = analysis.coordination
  const open = (analysis.conflicts ?? []).filter((x) => !x.accepted)
  return {
    finish: (analysis.schedule ?? []).length > 0 ? parseDay(analysis.finish) : null,
    durationDays: analysis.durationDays ?? 0,
    critical: (analysis.critical ?? []).length,
    openConflicts: c?.openConflicts ?? open.length,
    crossLaneConflicts: c?.crossLaneConflicts ?? open.filter((x) => x.crossLane).length,
    opportunities: c?.opportunities ?? (analysis.opportunities ?? []).length,
    crossLaneBlockedDays: c?.crossLaneBlockedDays ?? 0,
    crossLaneBlockedEvents: c?.crossLaneBlockedEvents ?? 0,
    waitingNow: waiting.length,
    waitingSince: waiting.reduce<string | null>((min, b) => (min === null || b.since < min ? b.since : min), null),
    now: roadmap?.asOf || today,
  }
}

/**
 * blockedWords is the summary's blocked figure in words: "3 days blocked by
 * another lane · 1 wait"; with no day counted yet but a wait open now,
 * "1 effort blocked by another lane since today" (or since its first day);
 * "0 days blocked by another lane" when nothing ever waited.
 */
export function blockedWords(s: Summary, workingDays = false): { value: string; label: string } {
  const day = workingDays ? 'working day' : 'day'
  if (s.crossLaneBlockedDays === 0 && s.waitingNow > 0) {
    const since = s.waitingSince === s.now ? 'today' : formatShortDate(parseDay(s.waitingSince)!)
    return { value: String(s.waitingNow), label: `${s.waitingNow === 1 ? 'effort' : 'efforts'} blocked by another lane since ${since}` }
  }
  const days = plural(s.crossLaneBlockedDays, day).replace(/^\d+ /, '')
  const waits = s.crossLaneBlockedEvents > 0 ? ` · ${plural(s.crossLaneBlockedEvents, 'wait')}` : ''
  return { value: String(s.crossLaneBlockedDays), label: `${days} blocked by another lane${waits}` }
}
