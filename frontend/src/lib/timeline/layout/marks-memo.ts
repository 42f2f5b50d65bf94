/**
 * MarksMemo gives what effortMarks gives, across the edits of one roadmap,
 * without redoing it all: an edit changes a few schedule entries, and the
 * snapshot after a delta keeps every unchanged entry, conflict and
 * opportunity as the same object (api/delta.ts). An effort whose schedule
 * entry and conflict/opportunity marks are unchanged keeps the very
 * EffortMarks object it had, so what is built from it can be reused too.
 * The conflicts and opportunities are re-indexed only when their lists, the
 * surfaces, metrics or the efforts' titles changed (an effort added,
 * removed or retitled); a list a delta rebuilt (listChange, api/delta.ts)
 * re-indexes only the efforts of the conflicts or opportunities it added or
 * dropped, found with their pairs by an index that follows the lists
 * (PairIndex), not by a walk through every pair. Even a whole re-index keeps the old object of an effort
 * whose marks read the same. O(efforts) per call at most, with
 * no allocation per unchanged effort. After each call, `changed` names the
 * efforts whose marks object is not the one the call before gave (null:
 * anything may have changed).
 */
import type { Analysis, Conflict, Opportunity, Roadmap, Scheduled } from '../../api'
import { effortMarks, metricNames, NO_MARKS, surfaceNames, type EffortMarks } from './marks'
import { sameMarks } from '../geometry/reuse'
import { changedPlaces } from './by-id'
import { PairIndex } from './pair-index'

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
  /** the efforts whose conflict/opportunity marks the last #extrasOf changed (null: re-indexed whole) */
  #extrasChanged: string[] | null = null
  /** the conflicts and opportunities by effort (pair-index.ts) */
  #conflictPairs = new PairIndex<Conflict>()
  #opportunityPairs = new PairIndex<Opportunity>()
  #named: { surfaceList: unknown; metricList: unknown; surfaces: Map<string, string>; metrics: Map<string, string> } | null = null

  /** prepare indexes the conflicts and opportunities by effort now if they are not (PairIndex.prepare); true when it did. */
  prepare(): boolean {
    const c = this.#conflictPairs.prepare()
    return this.#opportunityPairs.prepare() || c
  }

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
    if (extras === this.#extrasUsed && this.#extrasChanged && this.#schedule && this.#patch(this.#schedule, schedule, extras, this.#extrasChanged)) {
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
  #patch(old: readonly Scheduled[], schedule: readonly Scheduled[], extras: Map<string, EffortMarks>, extraIds: readonly string[]): boolean {
    const changed = this.#out.size === this.#made.size ? changedPlaces(schedule, old) : null
    if (!changed || !changed.every((i) => schedule[i].id === old[i].id)) return false
    const ids = new Set<string>()
    for (const i of changed) {
      const s = schedule[i]
      const x = extras.get(s.id)
      const m = { s, x, m: marksOf(s, x) }
      this.#made.set(s.id, m)
      this.#out.set(s.id, m.m)
      ids.add(s.id)
    }
    // efforts whose conflicts or opportunities changed, with the schedule entry they had
    for (const id of extraIds) {
      if (ids.has(id)) continue
      const before = this.#made.get(id)
      const s = before?.s
      const x = extras.get(id)
      if (before ? before.x === x : !x) continue
      ids.add(id)
      if (!s && !x) {
        this.#made.delete(id)
        this.#out.delete(id)
        continue
      }
      const m = { s, x, m: marksOf(s, x) }
      this.#made.set(id, m)
      this.#out.set(id, m.m)
    }
    this.#changed = [...ids]
    return true
  }

  /** extrasOf is the conflict and opportunity marks by effort, re-indexed only when what they read changed. */
  #extrasOf(roadmap: Roadmap, analysis: Analysis): Map<string, EffortMarks> {
    let renamed = false
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
        changed = renamed = true
      }
      this.#efforts = roadmap.efforts
    }
    if (!changed) {
      this.#extrasChanged = []
      return this.#extras
    }
    const pairs = this.#pairsChanged(roadmap, analysis)
    const only = renamed ? null : pairs
    this.#conflicts = analysis.conflicts
    this.#opportunities = analysis.opportunities
    this.#surfaces = roadmap.surfaces
    this.#metrics = roadmap.metrics
    const old = this.#extras
    if (only) {
      // only the efforts of the pairs added or dropped: their marks are made again, in place
      // marked from their own pairs (the indexes'), in the lists' order: not a walk through every pair
      const conflicts = this.#conflictPairs.pairs(only)
      const opportunities = this.#opportunityPairs.pairs(only)
      const names = this.#names(roadmap)
      const fresh = effortMarks(roadmap, { ...analysis, schedule: [], conflicts, opportunities }, { only, titles: this.#titles, ...names })
      const ids: string[] = []
      for (const id of only) {
        const x = fresh.get(id)
        const before = old.get(id)
        if (x && before && sameMarks(before, x)) continue
        if (!x && !before) continue
        if (x) old.set(id, x)
        else old.delete(id)
        ids.push(id)
      }
      this.#extrasChanged = ids
      return old
    }
    const fresh = effortMarks(roadmap, { ...analysis, schedule: [] }, { titles: this.#titles })
    for (const [id, x] of fresh) {
      const before = old.get(id)
      if (before && sameMarks(before, x)) fresh.set(id, before)
    }
    this.#extrasChanged = null
    return (this.#extras = fresh)
  }

  /** names is the surfaces' and metrics' names by id, made again only when their lists changed. */
  #names(roadmap: Roadmap): { surfaces: Map<string, string>; metrics: Map<string, string> } {
    const n = this.#named
    if (n && n.surfaceList === roadmap.surfaces && n.metricList === roadmap.metrics) return n
    const named = { surfaceList: roadmap.surfaces, metricList: roadmap.metrics, surfaces: surfaceNames(roadmap), metrics: metricNames(roadmap) }
    this.#named = named
    return named
  }

  /**
   * pairsChanged brings the indexes of the conflicts and opportunities up to
   * date and gives the efforts of the pairs a delta added or dropped since
   * the last call (the lists rebuilt by applyList), or null when the
   * surfaces or metrics changed or a list was not made that way.
   */
  #pairsChanged(roadmap: Roadmap, analysis: Analysis): Set<string> | null {
    const c = this.#conflictPairs.update(analysis.conflicts ?? NO_PAIRS)
    const o = this.#opportunityPairs.update(analysis.opportunities ?? NO_PAIRS)
    if (!c || !o || roadmap.surfaces !== this.#surfaces || roadmap.metrics !== this.#metrics) return null
    for (const id of o) c.add(id)
    return c
  }
}

const NO_PAIRS: readonly never[] = []

/** marksOf is an effort's marks from its schedule entry (or none) and its conflict/opportunity marks (or none; one of the two is given). */
function marksOf(s: Scheduled | undefined, x: EffortMarks | undefined): EffortMarks {
  return s ? { ...(x ?? NO_MARKS), critical: s.critical, float: s.float, slipDays: s.slipDays } : (x as EffortMarks)
}
