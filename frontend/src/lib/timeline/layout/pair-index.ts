/**
 * PairIndex finds the pairs of a list of pairs (the analysis' conflicts or
 * opportunities: each names two efforts) that name given efforts, in the
 * list's order, across the edits of one roadmap without walking the list:
 * a list a delta rebuilt (listChange, api/delta.ts) changes the index by
 * the pairs it added and dropped, O(changes). The list's order is kept as
 * a number per pair that grows along the list: a kept pair keeps its
 * number, an added one gets one between its neighbours'. Any other list
 * (the first, one not made by a delta from the last, kept pairs out of
 * order, or numbers too close to split) is indexed whole, O(list), when
 * its pairs are first asked for, or ahead of that by prepare (which the
 * window calls when idle after a roadmap opens, so the first edit does not
 * pay for it: ~13,000 pairs at 5,000 efforts, ~53,000 at 20,000).
 */
import { listChange, type ListChange } from '../../api/delta'

export interface Pair {
  readonly efforts: readonly string[]
}

export class PairIndex<P extends Pair> {
  #list: readonly P[] = []
  /** false until the index is needed, and after a list it could not follow: then pairs() indexes the list whole */
  #built = false
  /** each indexed pair's place in the order */
  #rank = new Map<P, number>()
  /** the pairs by effort id */
  #of = new Map<string, Set<P>>()

  /**
   * update takes the list as it is now and returns the efforts of the pairs
   * added or dropped since the last one, or null when it cannot tell (a list
   * not made by a delta from the last one: anything may have changed).
   */
  update(list: readonly P[]): Set<string> | null {
    const before = this.#list
    if (list === before) return new Set()
    this.#list = list
    const c = listChange(list, before)
    if (!c) {
      this.#built = false
      return null
    }
    if (this.#built && !(c.inOrder && this.#patch(list, before, c))) this.#built = false
    const ids = new Set<string>()
    for (const i of c.added) for (const id of list[i].efforts) ids.add(id)
    for (const i of c.removed) for (const id of before[i].efforts) ids.add(id)
    return ids
  }

  /** built tells whether the list is indexed (else pairs or prepare indexes it whole). */
  get built(): boolean {
    return this.#built
  }

  /** prepare indexes the list whole now if it is not indexed, so that neither the next update nor pairs has to; true when it did. */
  prepare(): boolean {
    if (this.#built) return false
    this.#whole(this.#list)
    this.#built = true
    return true
  }

  /** pairs is the pairs of the list that name any of `ids`, each once, in the list's order. */
  pairs(ids: Iterable<string>): P[] {
    this.prepare()
    const found = new Set<P>()
    for (const id of ids) for (const p of this.#of.get(id) ?? []) found.add(p)
    return [...found].sort((a, b) => this.#rank.get(a)! - this.#rank.get(b)!)
  }

  #whole(list: readonly P[]): void {
    this.#rank = new Map()
    this.#of = new Map()
    list.forEach((p, i) => this.#add(p, i))
  }

  /** patch drops the pairs at `c.removed` of `before` and ranks the ones at `c.added` of `list`; false when two ranks come too close to split. */
  #patch(list: readonly P[], before: readonly P[], c: ListChange): boolean {
    for (const i of c.removed) this.#drop(before[i])
    const added = [...c.added].sort((a, b) => a - b)
    const isAdded = new Set(added)
    for (const i of added) {
      const prev = i > 0 ? this.#rank.get(list[i - 1]) : undefined
      let j = i + 1
      while (isAdded.has(j)) j++
      const next = j < list.length ? this.#rank.get(list[j]) : undefined
      if ((i > 0 && prev === undefined) || (j < list.length && next === undefined)) return false
      const rank = prev === undefined ? (next === undefined ? 0 : next - 1) : next === undefined ? prev + 1 : (prev + next) / 2
      if (rank === prev || rank === next) return false
      this.#add(list[i], rank)
    }
    return true
  }

  #add(p: P, rank: number): void {
    this.#rank.set(p, rank)
    for (const id of p.efforts) {
      let s = this.#of.get(id)
      if (!s) this.#of.set(id, (s = new Set()))
      s.add(p)
    }
  }

  #drop(p: P): void {
    this.#rank.delete(p)
    for (const id of p.efforts) {
      const s = this.#of.get(id)
      s?.delete(p)
      if (s?.size === 0) this.#of.delete(id)
    }
  }
}
