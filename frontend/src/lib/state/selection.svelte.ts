/**
 * SelectionState is what the user has selected on the timeline: a set of
 * efforts (the last one clicked is `primary`), or one lane. Sets are replaced,
 * never mutated, so every change is one reactive update.
 */
export class SelectionState {
  efforts = $state.raw<ReadonlySet<string>>(new Set())
  primary = $state<string | null>(null)
  /** the lane in context: the clicked lane (header or empty space), or the lane of the last selected effort */
  lane = $state<string | null>(null)
  /** whether the lane itself is selected (its header was clicked), for the lane inspector */
  laneSelected = $state(false)

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
  }

  /** selectMany selects several efforts (a box), adding to the selection with `extend`. */
  selectMany(ids: Iterable<string>, extend = false): void {
    const next = new Set(extend ? this.efforts : [])
    for (const id of ids) next.add(id)
    this.efforts = next
    this.primary = [...next].at(-1) ?? null
    this.laneSelected = false
  }

  /** selectLane selects a lane (and no efforts). */
  selectLane(id: string): void {
    this.efforts = new Set()
    this.primary = null
    this.lane = id
    this.laneSelected = true
  }

  /** clear drops the selection; `lane` (when given) becomes the lane in context. */
  clear(lane?: string): void {
    this.efforts = new Set()
    this.primary = null
    this.laneSelected = false
    if (lane) this.lane = lane
  }

  /** prune drops ids that no longer exist (after an edit, undo or reload). */
  prune(effortIds: ReadonlySet<string>, laneIds: ReadonlySet<string>): void {
    const kept = [...this.efforts].filter((id) => effortIds.has(id))
    if (kept.length !== this.efforts.size) this.efforts = new Set(kept)
    if (this.primary && !effortIds.has(this.primary)) this.primary = kept.at(-1) ?? null
    if (this.lane && !laneIds.has(this.lane)) {
      this.lane = null
      this.laneSelected = false
    }
  }
}
