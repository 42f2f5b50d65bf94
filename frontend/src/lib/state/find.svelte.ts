import type { Effort, Roadmap } from '../api'

/** FindCriteria is what the find bar asks for: a text and a set of lanes (empty: every lane). */
export interface FindCriteria {
  query: string
  lanes: ReadonlySet<string>
}

/**
 * effortMatches reports whether effort `e` of roadmap `r` meets `c`: its lane
 * is one of `c.lanes` (when any), and the query (trimmed, any case) is part of
 * its title, its owner, or the name or id of a surface it touches. An empty
 * query matches every effort of the chosen lanes. Pure.
 */
export function effortMatches(e: Effort, r: Roadmap, c: FindCriteria): boolean {
  if (c.lanes.size > 0 && !c.lanes.has(e.lane)) return false
  const q = c.query.trim().toLowerCase()
  if (q === '') return true
  if (e.title.toLowerCase().includes(q) || (e.owner ?? '').toLowerCase().includes(q)) return true
  for (const t of e.touches ?? []) {
    if (t.surface.toLowerCase().includes(q)) return true
    const name = r.surfaces.find((s) => s.id === t.surface)?.name
    if (name && name.toLowerCase().includes(q)) return true
  }
  return false
}

/**
 * FindState is the find bar (Ctrl/Cmd+F): open or not, the query, the lane
 * filter, and which match is current. While `active` (open, with a query or
 * lanes), the timeline dims what does not match, and every view filters its
 * rows with `keep` (a row stays when one of its efforts matches):
 *
 *   const rows = find.keep(all, roadmap, (row) => row.efforts)
 *
 * Closing the bar (Esc) ends the find: everything shows again.
 */
export class FindState {
  open = $state(false)
  query = $state('')
  lanes = $state.raw<ReadonlySet<string>>(new Set())
  /** the current match, as an index into the matches the walker was given; -1: none yet */
  current = $state(-1)

  /** active is true when the find narrows anything: the bar is open with a query or lanes. */
  get active(): boolean {
    return this.open && (this.query.trim() !== '' || this.lanes.size > 0)
  }

  show(): void {
    this.open = true
  }

  /** close ends the find: no query, no lane filter, nothing dimmed. */
  close(): void {
    this.open = false
    this.query = ''
    this.lanes = new Set()
    this.current = -1
  }

  setQuery(q: string): void {
    this.query = q
    this.current = -1
  }

  /** toggleLane adds lane `id` to the filter or takes it out. */
  toggleLane(id: string): void {
    const next = new Set(this.lanes)
    if (!next.delete(id)) next.add(id)
    this.lanes = next
    this.current = -1
  }

  /** matches is effortMatches with the bar's criteria; every effort matches when the find is not active. */
  matches(e: Effort, r: Roadmap): boolean {
    return !this.active || effortMatches(e, r, this)
  }

  /** matchesId is matches for an effort named by id (an unknown id never matches an active find). */
  matchesId(id: string, r: Roadmap): boolean {
    if (!this.active) return true
    const e = r.efforts.find((x) => x.id === id)
    return !!e && effortMatches(e, r, this)
  }

  /** matchSet returns the ids of the matching efforts, or null when the find is not active. */
  matchSet(r: Roadmap | null | undefined): ReadonlySet<string> | null {
    if (!this.active || !r) return null
    return new Set(r.efforts.filter((e) => effortMatches(e, r, this)).map((e) => e.id))
  }

  /**
   * keep returns the rows one of whose efforts (`ids` of a row) matches, or
   * every row when the find is not active. One pass over the efforts, then
   * a set lookup per id.
   */
  keep<T>(rows: readonly T[], r: Roadmap | null | undefined, ids: (row: T) => readonly string[]): readonly T[] {
    const found = this.matchSet(r)
    return found ? rows.filter((row) => ids(row).some((id) => found.has(id))) : rows
  }

  /**
   * step moves the current match by `delta` (+1: Enter, -1: Shift+Enter)
   * through `ordered` (the matches in timeline order), wrapping around, and
   * returns the id to show, or null when nothing matches.
   */
  step(ordered: readonly string[], delta: 1 | -1): string | null {
    if (ordered.length === 0) {
      this.current = -1
      return null
    }
    const n = ordered.length
    this.current = this.current < 0 ? (delta > 0 ? 0 : n - 1) : (((this.current + delta) % n) + n) % n
    return ordered[this.current]
  }
}
