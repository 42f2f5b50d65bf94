/**
 * PLACEHOLDER SCHEDULE. The analysis engine (SPEC §3.1, CPM) will provide the
 * real schedule; when it exists the timeline takes `es`/`ef` from it and this
 * file goes away. Until then efforts are placed from the file alone:
 *
 * - `start` + `end`: as given (`end` inclusive);
 * - `start` + `durationDays`: from `start` for that many days;
 * - `durationDays` alone: after the latest end of the efforts it depends on
 *   with an FS dependency (plus lag), or at the roadmap start.
 *
 * Calendars (working days) and SS/FF/SF dependencies are ignored here.
 */
import type { Effort, Roadmap } from '../api'
import { addDays, minDay, parseDay } from './dates'

/** Span is where an effort sits: [start, end) in days; a milestone has end == start. */
export interface Span {
  start: Date
  end: Date
  milestone: boolean
  /** True when the dates were derived (durationDays alone), not given in the file. */
  estimated: boolean
}

/** roadmapStart is day 0: the roadmap's `start`, else the earliest effort start, else `fallback`. */
export function roadmapStart(roadmap: Roadmap, fallback: Date): Date {
  const given = parseDay(roadmap.start)
  if (given) return given
  const starts = (roadmap.efforts ?? []).map((e) => parseDay(e.start)).filter((d) => d !== null)
  return minDay(starts) ?? fallback
}

function fixedSpan(effort: Effort): Span | null {
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

/**
 * placeEfforts returns a Span for every effort it can place (all efforts of a
 * valid roadmap). Killed efforts are placed too but never push others.
 * It runs in O(efforts + dependencies); a dependency cycle (invalid input)
 * falls back to the roadmap start instead of looping.
 */
export function placeEfforts(roadmap: Roadmap, fallbackStart: Date): Map<string, Span> {
  const efforts = roadmap.efforts ?? []
  const byId = new Map(efforts.map((e) => [e.id, e]))
  const day0 = roadmapStart(roadmap, fallbackStart)

  const predecessors = new Map<string, { from: string; lag: number }[]>()
  for (const dep of roadmap.dependencies ?? []) {
    if (dep.type && dep.type !== 'FS') continue
    if (byId.get(dep.from)?.status === 'killed') continue
    const list = predecessors.get(dep.to) ?? []
    list.push({ from: dep.from, lag: dep.lagDays ?? 0 })
    predecessors.set(dep.to, list)
  }

  const spans = new Map<string, Span>()
  const visiting = new Set<string>()

  const place = (effort: Effort): Span | null => {
    const known = spans.get(effort.id)
    if (known) return known
    let span = fixedSpan(effort)
    if (!span && effort.durationDays != null && !visiting.has(effort.id)) {
      visiting.add(effort.id)
      let start = day0
      for (const { from, lag } of predecessors.get(effort.id) ?? []) {
        const pred = byId.get(from)
        const predSpan = pred ? place(pred) : null
        if (predSpan) {
          const earliest = addDays(predSpan.end, lag)
          if (earliest > start) start = earliest
        }
      }
      visiting.delete(effort.id)
      const duration = Math.max(0, effort.durationDays)
      span = { start, end: addDays(start, duration), milestone: duration === 0, estimated: true }
    }
    if (span) spans.set(effort.id, span)
    return span
  }

  for (const effort of efforts) place(effort)
  return spans
}
