/**
 * ById indexes a list by id across the edits of one roadmap without building
 * a new map each time: after a delta (api/delta.ts) the new list keeps each
 * unchanged entry as the same object at the same place, so comparing the two
 * lists place by place finds what changed, and only that is set. A list of
 * another length, an entry replaced by one of another id, or a list with a
 * repeated id is indexed anew. The map it returns is its own and changes on
 * the next call: read it before then.
 */
export class ById<T extends { id: string }> {
  #list: readonly T[] = []
  #map = new Map<string, T>()

  /** index is the entries of `list` by id (the last of a repeated id). */
  index(list: readonly T[]): Map<string, T> {
    const old = this.#list
    if (list === old) return this.#map
    this.#list = list
    if (list.length === old.length && this.#map.size === old.length) {
      let i = 0
      for (; i < list.length; i++) {
        if (list[i] === old[i]) continue
        if (list[i].id !== old[i].id) break
        this.#map.set(list[i].id, list[i])
      }
      if (i === list.length) return this.#map
    }
    this.#map = new Map(list.map((x) => [x.id, x]))
    return this.#map
  }
}
