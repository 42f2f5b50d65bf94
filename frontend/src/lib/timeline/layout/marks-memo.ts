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
 * no allocation per unchanged effort. After each call, `changed` names the
 * efforts whose marks object is not the one the call before gave (null:
 * anything may have changed).
 */
import type { Analysis, Roadmap, Scheduled } from '../../api'
import { effortMarks, NO_MARKS, type EffortMarks } from './marks'
import { sameMarks } from '../geometry/reuse'
import { changedPlaces } from './by-id'

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
  #out = new Map<string, EffortMarks>()
  /** the schedule and extras the marks were last made from */
  #schedule: readonly Scheduled[] | null = null
  #extrasUsed: Map<string, EffortMarks> | null = null
  #changed: string[] | null = null

  /** changed is the efforts whose marks the last call gave a new object or took away; null when anything may have. */
  get changed(): readonly string[] | null {
    return this.#changed
  }

  /**
   * marks is effortMarks(roadmap, analysis), reusing the objects of the last
   * call for efforts whose marks did not change. The map is the memo's own
   * and may change on the next call: read it before then.
   */
  marks(roadmap: Roadmap, analysis: Analysis | null | undefined): Map<string, EffortMarks> {
    if (!analysis) {
      this.#made = new Map()
      this.#out = new Map()
      this.#schedule = null
      this.#changed = null
      return new Map()
    }
    const extras = this.#extrasOf(roadmap, analysis)
    const schedule = analysis.schedule ?? []
    if (extras === this.#extrasUsed && this.#schedule && this.#patch(this.#schedule, schedule, extras)) {
      this.#schedule = schedule
      return this.#out
    }
    const made = new Map<string, Made>()
    const out = new Map<string, EffortMarks>()
    const old = this.#made
    const oldOut = this.#out
    const put = (id: string, s: Scheduled | undefined, x: EffortMarks | undefined) => {
      const before = old.get(id)
      const m = before && before.s === s && before.x === x ? before : { s, x, m: marksOf(s, x) }
      made.set(id, m)
      out.set(id, m.m)
    }
    for (const s of schedule) put(s.id, s, extras.get(s.id))
    for (const [id, x] of extras) if (!out.has(id)) put(id, undefined, x)
    this.#made = made
    this.#out = out
    this.#schedule = schedule
    this.#extrasUsed = extras
    const changed: string[] = []
    for (const [id, m] of out) if (oldOut.get(id) !== m) changed.push(id)
    for (const id of oldOut.keys()) if (!out.has(id)) changed.push(id)
    this.#changed = changed
    return out
  }

  /**
   * patch brings the marks up to date in place when the only change is
   * schedule entries replaced by entries of the same id at the same place
   * (an edit that moved a few efforts); false, changing nothing, otherwise.
   */
  #patch(old: readonly Scheduled[], schedule: readonly Scheduled[], extras: Map<string, EffortMarks>): boolean {
    const changed = this.#out.size === this.#made.size ? changedPlaces(schedule, old) : null
    if (!changed || !changed.every((i) => schedule[i].id === old[i].id)) return false
    for (const i of changed) {
      const s = schedule[i]
      const x = extras.get(s.id)
      const m = { s, x, m: marksOf(s, x) }
      this.#made.set(s.id, m)
      this.#out.set(s.id, m.m)
    }
    this.#changed = changed.map((i) => schedule[i].id)
    return true
  }

  /** extrasOf is the conflict and opportunity marks by effort, re-indexed only when what they read changed. */
  #extrasOf(roadmap: Roadmap, analysis: Analysis): Map<string, EffortMarks> {
    let changed =
      analysis.conflicts !== this.#conflicts ||
      analysis.opportunities !== this.#opportunities ||
      roadmap.surfaces !== this.#surfaces ||
      roadmap.metrics !== this.#metrics
    if (roadmap.efforts !== this.#efforts) {
      // an effort added, removed or retitled renames the other side of a mark;
      // after a delta only the efforts that are new objects can have (the rest are those of the list before)
      const efforts = roadmap.efforts ?? []
      const before = (this.#efforts as Roadmap['efforts'] | null) ?? []
      const places = efforts.length === this.#titles.size ? changedPlaces(efforts, before) : null
      const same = !!places && places.every((i) => this.#titles.get(efforts[i].id) === (efforts[i].title || efforts[i].id))
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

/** marksOf is an effort's marks from its schedule entry (or none) and its conflict/opportunity marks (or none; one of the two is given). */
function marksOf(s: Scheduled | undefined, x: EffortMarks | undefined): EffortMarks {
  return s ? { ...(x ?? NO_MARKS), critical: s.critical, float: s.float, slipDays: s.slipDays } : (x as EffortMarks)
}
