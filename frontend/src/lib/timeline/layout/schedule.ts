/**
 * Where each effort sits on the timeline: the analysis engine's schedule
 * (SPEC §3.1: calendar-aware CPM dates, `start`/`end` inclusive). Efforts the
 * schedule does not list (killed ones, left out of every analysis) fall back
 * to their planned dates.
 */
import type { Analysis, Effort, Roadmap, Scheduled } from '../../api'
import { addDays, daysBetween, minDay, parseDay } from '../geometry/dates'

/** Span is where an effort sits: [start, end) in days; a milestone has end == start. */
export interface Span {
  start: Date
  end: Date
  milestone: boolean
  /** True when the dates were derived (no planned start), not given in the file. */
  estimated: boolean
}

/** roadmapStart is day 0: the roadmap's `start`, else the earliest effort start, else `fallback`. */
export function roadmapStart(roadmap: Roadmap, fallback: Date): Date {
  const given = parseDay(roadmap.start)
  if (given) return given
  const starts = (roadmap.efforts ?? []).map((e) => parseDay(e.start)).filter((d) => d !== null)
  return minDay(starts) ?? fallback
}

/** plannedSpan is an effort's span from its own dates, or null when it has no start (or end). */
export function plannedSpan(effort: Effort): Span | null {
  const start = parseDay(effort.start)
  const end = parseDay(effort.end)
  const duration = effort.durationDays
  if (start && end) return { start, end: addDays(end, 1), milestone: false, estimated: false }
  if (start && duration != null) {
    return { start, end: addDays(start, Math.max(0, duration)), milestone: duration === 0, estimated: false }
  }
  if (start) return { start, end: addDays(start, 1), milestone: false, estimated: false }
  if (end) return { start: end, end: addDays(end, 1), milestone: false, estimated: false }
  return null
}

/** scheduledSpan turns one schedule entry into a span; a milestone (es == ef) is its one day. */
export function scheduledSpan(effort: Effort, s: Scheduled): Span | null {
  const start = parseDay(s.start)
  const end = parseDay(s.end)
  if (!start || !end) return null
  const milestone = s.ef === s.es
  return { start, end: milestone ? start : addDays(end, 1), milestone, estimated: !parseDay(effort.start) }
}

/** indexSchedule maps effort id to its schedule entry. */
export function indexSchedule(analysis: Analysis | null | undefined): Map<string, Scheduled> {
  return new Map((analysis?.schedule ?? []).map((s) => [s.id, s]))
}

/**
 * placeEffort is an effort's span: scheduled when the analysis lists it, else
 * planned; an effort with neither (a duration alone, no analysis yet) sits at
 * `day0`, marked estimated.
 */
export function placeEffort(effort: Effort, scheduled: Scheduled | undefined, day0: Date): Span | null {
  const span = (scheduled && scheduledSpan(effort, scheduled)) ?? plannedSpan(effort)
  if (span || effort.durationDays == null) return span
  const days = Math.max(0, effort.durationDays)
  return { start: day0, end: addDays(day0, days), milestone: days === 0, estimated: true }
}

/**
 * slipGhost is where a slipping effort was planned to be: its planned start,
 * for as long as the scheduled bar (or to its planned end when it has one).
 * Null when the effort does not slip.
 */
export function slipGhost(effort: Effort, scheduled: Scheduled | undefined, span: Span): Span | null {
  if (!scheduled || scheduled.slipDays <= 0) return null
  const start = parseDay(effort.start)
  if (!start || start >= span.start) return null
  const plannedEnd = parseDay(effort.end)
  const end = plannedEnd ? addDays(plannedEnd, 1) : addDays(start, daysBetween(span.start, span.end))
  return { start, end: span.milestone ? start : end, milestone: span.milestone, estimated: false }
}
