/**
 * The decision log's filter: by kind, lane (a decision is in the lanes of
 * its efforts), effort (id or title, part of it, any case) and a date range
 * (inclusive, YYYY-MM-DD). Records come newest first (by date, then the
 * later recorded first); "supersededBy" maps each superseded record to the
 * one that replaced it.
 */
import type { Decision, Roadmap } from '../api'

export interface DecisionFilter {
  kind: string
  lane: string
  effort: string
  from: string
  to: string
}

export const NO_FILTER: DecisionFilter = { kind: '', lane: '', effort: '', from: '', to: '' }

export function filterDecisions(roadmap: Roadmap, f: DecisionFilter): Decision[] {
  const byId = new Map(roadmap.efforts.map((e) => [e.id, e]))
  const q = f.effort.trim().toLowerCase()
  const list = roadmap.decisions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => {
      if (f.kind && d.kind !== f.kind) return false
      if (f.from && d.date < f.from) return false
      if (f.to && d.date > f.to) return false
      if (f.lane && !d.efforts.some((id) => byId.get(id)?.lane === f.lane)) return false
      if (q && !d.efforts.some((id) => id.toLowerCase().includes(q) || (byId.get(id)?.title ?? '').toLowerCase().includes(q)))
        return false
      return true
    })
  list.sort((a, b) => (a.d.date === b.d.date ? b.i - a.i : a.d.date < b.d.date ? 1 : -1))
  return list.map(({ d }) => d)
}

export function supersededBy(decisions: readonly Decision[]): Map<string, Decision> {
  const m = new Map<string, Decision>()
  for (const d of decisions) if (d.supersedes) m.set(d.supersedes, d)
  return m
}
