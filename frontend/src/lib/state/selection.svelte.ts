/** DependencyKey names a dependency by its two ends. */
export interface DependencyKey {
  from: string
  to: string
}

/** dependencyKey names a dependency in one string, "from>to" (as its arrow's data-dep). */
export function dependencyKey(d: DependencyKey): string {
  return `${d.from}>${d.to}`
}

/**
 * SelectionState is what the user has selected on the timeline: a set of
 * efforts (the last one clicked is `primary`), one lane, or one dependency
 * (its arrow). Sets are replaced, never mutated, so every change is one
 * reactive update.
 */
export class SelectionState {
  efforts = $state.raw<ReadonlySet<string>>(new Set())
  primary = $state<string | null>(null)
  /** the lane in context: the clicked lane (header or empty space), or the lane of the last selected effort */
  lane = $state<string | null>(null)
  /** whether the lane itself is selected (its header was clicked), for the lane inspector */
  laneSelected = $state(false)
  /** the selected dependency, or null; selecting anything else drops it */
  dependency = $state.raw<DependencyKey | null>(null)

  /** count of selected efforts */
  get size(): number {
    return this.efforts.size
  }

  has(id: string): boolean {
    return this.efforts.has(id)
  }

  /** select makes `id` the selection, or with `extend` adds it (or removes it when already in). */
  select(id: string, lane: string | null, extend = false): void {
    if (extend) {
      const next = new Set(this.efforts)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      this.efforts = next
      this.primary = next.has(id) ? id : ([...next].at(-1) ?? null)
    } else {
      this.efforts = new Set([id])
      this.primary = id
    }
    if (lane) this.lane = lane
    this.laneSelected = false
    this.dependency = null
  }

  /** selectMany selects several efforts (a box), adding to the selection with `extend`. */
  selectMany(ids: Iterable<string>, extend = false): void {
    const next = new Set(extend ? this.efforts : [])
    for (const id of ids) next.add(id)
    this.efforts = next
    this.primary = [...next].at(-1) ?? null
    this.laneSelected = false
    this.dependency = null
  }

  /** selectLane selects a lane (and no efforts). */
  selectLane(id: string): void {
    this.efforts = new Set()
    this.primary = null
    this.lane = id
    this.laneSelected = true
    this.dependency = null
  }

  /** selectDependency selects one dependency (and no efforts or lane). */
  selectDependency(from: string, to: string): void {
    this.efforts = new Set()
    this.primary = null
    this.laneSelected = false
    this.dependency = { from, to }
  }

  /** isDependency says whether the dependency from `from` to `to` is the one selected. */
  isDependency(from: string, to: string): boolean {
    return this.dependency?.from === from && this.dependency.to === to
  }

  /** clear drops the selection; `lane` (when given) becomes the lane in context. */
  clear(lane?: string): void {
    this.efforts = new Set()
    this.primary = null
    this.laneSelected = false
    this.dependency = null
    if (lane) this.lane = lane
  }

  /** prune drops what no longer exists (after an edit, undo or reload); `dependencies` are "from>to" keys. */
  prune(effortIds: ReadonlySet<string>, laneIds: ReadonlySet<string>, dependencies?: ReadonlySet<string>): void {
    const dep = this.dependency
    if (dep && dependencies && !dependencies.has(dependencyKey(dep))) this.dependency = null
    const kept = [...this.efforts].filter((id) => effortIds.has(id))
    if (kept.length !== this.efforts.size) this.efforts = new Set(kept)
    if (this.primary && !effortIds.has(this.primary)) this.primary = kept.at(-1) ?? null
    if (this.lane && !laneIds.has(this.lane)) {
      this.lane = null
      this.laneSelected = false
    }
  }
}
