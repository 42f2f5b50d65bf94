/**
 * MarksMemo gives what effortMarks gives, across the edits of one roadmap,
 * without redoing it all: an edit changes a few schedule entries, and the
 * snapshot after a delta keeps every unchanged entry, conflict and
 * opportunity as the same object (api/delta.ts). An effort whose schedule
 * entry and conflict/opportunity marks are unchanged keeps the very
 * EffortMarks object it had, so what is built from it can be reused too.
 * The conflicts and opportunities are re-indexed only when their lists, the
 * surfaces, metrics or the efforts' titles changed (an effort added,
 * removed or retitled); even then an effort
 * whose marks read the same keeps its old object. O(efforts) per call, with
 * no allocation per unchanged effort.
 */
import type { Analysis, Roadmap, Scheduled } from '../api'
import { effortMarks, NO_MARKS, type EffortMarks } from './marks'
import { sameMarks } from './reuse'

/** Made is how one effort's marks were made: from its schedule entry (or none) and its conflict/opportunity marks (or none). */
interface Made {
  s: Scheduled | undefined
  x: EffortMarks | undefined
  m: EffortMarks
}

export class MarksMemo {
  #conflicts: unknown = null
  #opportunities: unknown = null
  #surfaces: unknown = null
  #metrics: unknown = null
  #efforts: unknown = null
  #titles = new Map<string, string>()
  /** conflict and opportunity marks by effort (critical/float/slip unset) */
  #extras = new Map<string, EffortMarks>()
  #made = new Map<string, Made>()

  /** marks is effortMarks(roadmap, analysis), reusing the objects of the last call for efforts whose marks did not change. */
  marks(roadmap: Roadmap, analysis: Analysis | null | undefined): Map<string, EffortMarks> {
    if (!analysis) {
      this.#made = new Map()
      return new Map()
    }
    const extras = this.#extrasOf(roadmap, analysis)
    const made = new Map<string, Made>()
    const out = new Map<string, EffortMarks>()
    const old = this.#made
    const put = (id: string, s: Scheduled | undefined, x: EffortMarks | undefined) => {
      const before = old.get(id)
      if (before && before.s === s && before.x === x) {
        made.set(id, before)
        out.set(id, before.m)
        return
      }
      const m: EffortMarks = s
        ? { ...(x ?? NO_MARKS), critical: s.critical, float: s.float, slipDays: s.slipDays }
        : (x as EffortMarks)
      made.set(id, { s, x, m })
      out.set(id, m)
    }
    for (const s of analysis.schedule ?? []) put(s.id, s, extras.get(s.id))
    for (const [id, x] of extras) if (!out.has(id)) put(id, undefined, x)
    this.#made = made
    return out
  }

  /** extrasOf is the conflict and opportunity marks by effort, re-indexed only when what they read changed. */
  #extrasOf(roadmap: Roadmap, analysis: Analysis): Map<string, EffortMarks> {
    let changed =
      analysis.conflicts !== this.#conflicts ||
      analysis.opportunities !== this.#opportunities ||
      roadmap.surfaces !== this.#surfaces ||
      roadmap.metrics !== this.#metrics
    if (roadmap.efforts !== this.#efforts) {
      // an effort added, removed or retitled renames the other side of a mark
      const efforts = roadmap.efforts ?? []
      let same = efforts.length === this.#titles.size
      for (let i = 0; same && i < efforts.length; i++) same = this.#titles.get(efforts[i].id) === (efforts[i].title || efforts[i].id)
      if (!same) {
        this.#titles = new Map(efforts.map((e) => [e.id, e.title || e.id]))
        changed = true
      }
      this.#efforts = roadmap.efforts
    }
    if (!changed) return this.#extras
    this.#conflicts = analysis.conflicts
    this.#opportunities = analysis.opportunities
    this.#surfaces = roadmap.surfaces
    this.#metrics = roadmap.metrics
    const fresh = effortMarks(roadmap, { ...analysis, schedule: [] })
    const old = this.#extras
    for (const [id, x] of fresh) {
      const before = old.get(id)
      if (before && sameMarks(before, x)) fresh.set(id, before)
    }
    return (this.#extras = fresh)
  }
}
