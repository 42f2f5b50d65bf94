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
 * A list applyList made tells its replaced places itself (changedPlaces):
 * then a call is O(changes), with no pass over the list.
 */
import { replacedPlaces } from '../../api/delta'

/**
 * changedPlaces is the places where `list` holds another object than
 * `before`, or null when their lengths differ: told by applyList when it
 * made `list` from `before` (O(changes)), else found by comparing the two
 * place by place.
 */
export function changedPlaces<T>(list: readonly T[], before: readonly T[]): readonly number[] | null {
  if (list.length !== before.length) return null
  const told = replacedPlaces(list, before)
  if (told) return told
  const out: number[] = []
  for (let i = 0; i < list.length; i++) if (list[i] !== before[i]) out.push(i)
  return out
}

export class ById<T extends { id: string }> {
  #list: readonly T[] = []
  #map = new Map<string, T>()
  #changed: string[] | null = null

  /** changed is the ids whose entry the last index() replaced; null when it indexed anew. */
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
    const places = this.#map.size === old.length ? changedPlaces(list, old) : null
    if (places && places.every((i) => list[i].id === old[i].id)) {
      for (const i of places) this.#map.set(list[i].id, list[i])
      this.#changed = places.map((i) => list[i].id)
      return this.#map
    }
    this.#map = new Map(list.map((x) => [x.id, x]))
    this.#changed = null
    return this.#map
  }
}
