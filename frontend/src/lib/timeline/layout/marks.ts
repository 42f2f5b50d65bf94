/**
 * What the analysis says about each effort, gathered per effort for the bars:
 * critical or not, slip, the conflicts it is in and the integration
 * opportunities it is part of. Pure; O(efforts + conflicts + opportunities).
 */
import type { Analysis, Roadmap } from '../../api'
import { parseDay } from '../geometry/dates'

export interface ConflictMark {
  /** surface, sequence, metric or declared */
  kind: string
  /** collision or disruption for surface conflicts, else '' */
  severity: string
  other: string
  otherTitle: string
  /** the surface's or metric's name, or '' */
  on: string
  /** the overlap window, inclusive days (null when not given) */
  from: Date | null
  to: Date | null
  accepted: boolean
}

export interface OpportunityMark {
  other: string
  otherTitle: string
  /** human names of what the pair shares: metrics, surfaces, "a declared link" */
  via: string[]
  score: number
}

export interface EffortMarks {
  critical: boolean
  float: number
  slipDays: number
  conflicts: ConflictMark[]
  /** conflicts not accepted by a decision */
  openConflicts: number
  opportunities: OpportunityMark[]
}

export const NO_MARKS: EffortMarks = Object.freeze({
  critical: false,
  float: 0,
  slipDays: 0,
  conflicts: [],
  openConflicts: 0,
  opportunities: [],
}) as EffortMarks

function namer(roadmap: Roadmap, scope: MarksScope) {
  const titles = scope.titles ?? new Map((roadmap.efforts ?? []).map((e) => [e.id, e.title || e.id]))
  const surfaces = scope.surfaces ?? surfaceNames(roadmap)
  const metrics = scope.metrics ?? metricNames(roadmap)
  return {
    effort: (id: string) => titles.get(id) ?? id,
    surface: (id: string) => surfaces.get(id) ?? id,
    metric: (id: string) => metrics.get(id) ?? id,
  }
}

/** viaName turns an analysis "via" token (metric:x, surface:x, link) into words. */
export function viaName(token: string, names: { surface: (id: string) => string; metric: (id: string) => string }): string {
  const [kind, id] = token.split(/:(.*)/s)
  if (kind === 'metric' && id) return names.metric(id)
  if (kind === 'surface' && id) return names.surface(id)
  if (kind === 'link') return 'a declared link'
  return token
}

/**
 * MarksScope narrows effortMarks: `only` the efforts named (the others get
 * no entry); `titles`, `surfaces` and `metrics` the names by id when already
 * known (efforts' titles, surfaceNames, metricNames).
 */
export interface MarksScope {
  only?: ReadonlySet<string>
  titles?: ReadonlyMap<string, string>
  surfaces?: ReadonlyMap<string, string>
  metrics?: ReadonlyMap<string, string>
}

/** surfaceNames is the surfaces' names by id (the id when unnamed). */
export function surfaceNames(roadmap: Roadmap): Map<string, string> {
  return new Map((roadmap.surfaces ?? []).map((s) => [s.id, s.name || s.id]))
}

/** metricNames is the metrics' names by id (the id when unnamed). */
export function metricNames(roadmap: Roadmap): Map<string, string> {
  return new Map((roadmap.metrics ?? []).map((m) => [m.id, m.name || m.id]))
}

/** effortMarks indexes the analysis by effort id; efforts it does not mention (or, with `only`, not named there) get no entry. */
export function effortMarks(roadmap: Roadmap, analysis: Analysis | null | undefined, scope: MarksScope = {}): Map<string, EffortMarks> {
  const marks = new Map<string, EffortMarks>()
  if (!analysis) return marks
  const names = namer(roadmap, scope)
  const only = scope.only
  // the side of a pair outside `only` writes here, and is dropped
  const ignored: EffortMarks = { critical: false, float: 0, slipDays: 0, conflicts: [], openConflicts: 0, opportunities: [] }
  const get = (id: string): EffortMarks => {
    if (only && !only.has(id)) return ignored
    let m = marks.get(id)
    if (!m) {
      m = { critical: false, float: 0, slipDays: 0, conflicts: [], openConflicts: 0, opportunities: [] }
      marks.set(id, m)
    }
    return m
  }
  for (const s of analysis.schedule ?? []) {
    const m = get(s.id)
    m.critical = s.critical
    m.float = s.float
    m.slipDays = s.slipDays
  }
  for (const c of analysis.conflicts ?? []) {
    const [a, b] = c.efforts
    if (only && !only.has(a) && !only.has(b)) continue
    const on = c.surface ? names.surface(c.surface) : c.metric ? names.metric(c.metric) : ''
    // Both sides share the window's dates (marks are read, never changed).
    const from = parseDay(c.from)
    const to = parseDay(c.to)
    for (const [self, other] of [
      [a, b],
      [b, a],
    ]) {
      const m = get(self)
      m.conflicts.push({
        kind: c.kind,
        severity: c.severity ?? '',
        other,
        otherTitle: names.effort(other),
        on,
        from,
        to,
        accepted: c.accepted,
      })
      if (!c.accepted) m.openConflicts++
    }
  }
  for (const o of analysis.opportunities ?? []) {
    const [a, b] = o.efforts
    if (only && !only.has(a) && !only.has(b)) continue
    const via = (o.via ?? []).map((t) => viaName(t, names))
    get(a).opportunities.push({ other: b, otherTitle: names.effort(b), via, score: o.score })
    get(b).opportunities.push({ other: a, otherTitle: names.effort(a), via, score: o.score })
  }
  return marks
}
