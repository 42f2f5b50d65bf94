/**
 * LaneMembers is what each lane holds of a list (the roadmap's efforts): per
 * lane, its members' places in the list, ascending, and one value for each
 * (the placed item), so that a lane's values are in list order. It is
 * filled in list order once (`add`) and then changed one place at a time
 * (`set`) as edits replace entries in place: O(lane size) per change, never
 * O(list). A lane's arrays are copied on its first change after `round()`,
 * so an array given out before (`values`) never changes: a lane whose
 * array is the same object holds the same values.
 */
export class LaneMembers<T> {
  #lanes = new Map<string, { at: number[]; values: T[] }>()
  #laneOf: (string | null)[] = []
  #copied = new Set<string>()

  /** add appends place `i` (after every place added so far) to `lane`, or to no lane (null). */
  add(i: number, lane: string | null, value: T | null): void {
    this.#laneOf[i] = lane
    if (lane === null) return
    const l = this.#lane(lane)
    l.at.push(i)
    l.values.push(value as T)
  }

  /** round starts a new round of changes: the next change of each lane copies its arrays. */
  round(): void {
    this.#copied.clear()
  }

  /** laneOf is the lane of place `i`, or null. */
  laneOf(i: number): string | null {
    return this.#laneOf[i] ?? null
  }

  /** set puts place `i` in `lane` (null: in none) with `value`; it returns whether anything changed. */
  set(i: number, lane: string | null, value: T | null): boolean {
    const old = this.laneOf(i)
    if (old !== null) {
      const l = this.#lane(old)
      const k = lowerBound(l.at, i)
      if (old === lane) {
        if (l.values[k] === value) return false
        this.#own(old).values[k] = value as T
        return true
      }
      const own = this.#own(old)
      own.at.splice(k, 1)
      own.values.splice(k, 1)
    }
    this.#laneOf[i] = lane
    if (lane !== null) {
      const own = this.#own(lane)
      const k = lowerBound(own.at, i)
      own.at.splice(k, 0, i)
      own.values.splice(k, 0, value as T)
    }
    return old !== lane
  }

  /** values is `lane`'s values in list order (empty for a lane with none). */
  values(lane: string): readonly T[] {
    return this.#lanes.get(lane)?.values ?? NONE
  }

  #lane(lane: string) {
    let l = this.#lanes.get(lane)
    if (!l) this.#lanes.set(lane, (l = { at: [], values: [] }))
    return l
  }

  #own(lane: string) {
    const l = this.#lane(lane)
    if (this.#copied.has(lane)) return l
    this.#copied.add(lane)
    const own = { at: l.at.slice(), values: l.values.slice() }
    this.#lanes.set(lane, own)
    return own
  }
}

const NONE: readonly never[] = []

/** lowerBound is the first index of sorted `xs` whose value is >= x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
