/**
 * ById indexes a list by id across the edits of one roadmap without building
 * a new map each time: after a delta (api/delta.ts) the new list keeps each
 * unchanged entry as the same object at the same place, so comparing the two
 * lists place by place finds what changed, and only that is set. A list of
 * another length, an entry replaced by one of another id, or a list with a
 * repeated id is indexed anew. The map it returns is its own and changes on
 * the next call: read it before then. After each call, `changed` names the
 * ids whose entry that call replaced (null: indexed anew, anything may have
 * changed), so that what is built from the entries can redo only those.
 */
export class ById<T extends { id: string }> {
  #list: readonly T[] = []
  #map = new Map<string, T>()
  #changed: string[] | null = null

  /** changed is the ids whose entry the last index() replaced, in list order; null when it indexed anew. */
  get changed(): readonly string[] | null {
    return this.#changed
  }

  /** index is the entries of `list` by id (the last of a repeated id). */
  index(list: readonly T[]): Map<string, T> {
    const old = this.#list
    if (list === old) {
      this.#changed = []
      return this.#map
    }
    this.#list = list
    if (list.length === old.length && this.#map.size === old.length) {
      const changed: string[] = []
      let i = 0
      for (; i < list.length; i++) {
        if (list[i] === old[i]) continue
        if (list[i].id !== old[i].id) break
        this.#map.set(list[i].id, list[i])
        changed.push(list[i].id)
      }
      if (i === list.length) {
        this.#changed = changed
        return this.#map
      }
    }
    this.#map = new Map(list.map((x) => [x.id, x]))
    this.#changed = null
    return this.#map
  }
}
