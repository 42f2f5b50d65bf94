import type { Call } from './transport'
import type { ListPatch, MapPatch, Patch, Snapshot } from './types'

/**
 * An edit's reply is the whole Snapshot, or (from a backend that sends them)
 * only its info, revision, canUndo, canRedo and a `delta`: what the edit
 * changed since the snapshot of revision `delta.base` (docs/contracts.md,
 * "Edit replies"). applyDelta rebuilds the new snapshot from the old one;
 * withDeltas does it for every call, so that the rest of the UI only ever
 * sees whole snapshots. Nothing here changes a snapshot in place: the new
 * one shares every unchanged object with the old (an unchanged effort is
 * the same object), which a redraw can rely on.
 */

type Json = Record<string, unknown>

/** applyDelta is the snapshot the delta reply `reply` makes of `prev` (whose revision must be reply.delta.base). */
export function applyDelta(prev: Snapshot, reply: Snapshot): Snapshot {
  if (!reply.delta) return reply
  const next = applyPatch(prev as unknown as Json, reply.delta.patch) as unknown as Snapshot
  return { ...next, info: reply.info, revision: reply.revision, canUndo: reply.canUndo, canRedo: reply.canRedo }
}

/** applyPatch is `obj` with `patch` applied: fields set whole, lists rebuilt, maps changed key by key, parts patched. */
export function applyPatch(obj: Json, patch: Patch): Json {
  const out: Json = { ...obj }
  for (const [k, v] of Object.entries(patch.set ?? {})) out[k] = v
  for (const [k, lp] of Object.entries(patch.lists ?? {})) out[k] = applyList((obj[k] as unknown[] | null) ?? [], lp)
  for (const [k, mp] of Object.entries(patch.maps ?? {})) out[k] = applyMap((obj[k] as Record<string, number>) ?? {}, mp)
  for (const [k, sub] of Object.entries(patch.parts ?? {})) out[k] = applyPatch((obj[k] as Json) ?? {}, sub)
  return out
}

/**
 * applyList rebuilds a list: `keep` runs [at, from, n] copy old items,
 * `items[k]` goes to `at[k]`. When every kept item stays at its place (the
 * same length, items replaced in place) replacedPlaces tells which places
 * got new items.
 */
export function applyList(old: readonly unknown[], lp: ListPatch): unknown[] {
  const out = new Array<unknown>(lp.len)
  let inPlace = lp.len === old.length
  for (const [at, from, n] of lp.keep ?? []) {
    if (at !== from) inPlace = false
    for (let i = 0; i < n; i++) out[at + i] = old[from + i]
  }
  const items = (lp.items ?? []) as unknown[]
  lp.at?.forEach((at, k) => (out[at] = items[k]))
  if (inPlace) replaced.set(out, { from: old, at: lp.at ?? [] })
  rebuilt.set(out, { from: old, lp })
  return out
}

const replaced = new WeakMap<object, { from: readonly unknown[]; at: readonly number[] }>()
const rebuilt = new WeakMap<object, { from: readonly unknown[]; lp: ListPatch }>()

/**
 * ListChange is how applyList made a list from another: the places of the
 * new list that got new items, the places of the old list whose items it
 * dropped, and whether the kept items are in the order they had.
 */
export interface ListChange {
  added: readonly number[]
  removed: readonly number[]
  inOrder: boolean
}

/**
 * listChange is how applyList made `list` from `before` (every item not at
 * an added place is an item of `before`, every item of `before` not at a
 * removed place is in `list`), or null when applyList did not make `list`
 * from `before`. O(kept runs + changes).
 */
export function listChange(list: readonly unknown[], before: readonly unknown[]): ListChange | null {
  const r = rebuilt.get(list)
  if (!r || r.from !== before) return null
  const runs = [...(r.lp.keep ?? [])].sort((x, y) => x[1] - y[1])
  const removed: number[] = []
  let i = 0
  let inOrder = true
  let lastAt = -1
  for (const [at, from, n] of runs) {
    if (n === 0) continue
    if (at <= lastAt || from < i) inOrder = false
    lastAt = at + n - 1
    for (; i < from; i++) removed.push(i)
    i = Math.max(i, from + n)
  }
  for (; i < before.length; i++) removed.push(i)
  return { added: r.lp.at ?? [], removed, inOrder }
}

/**
 * replacedPlaces is the places of `list` that hold another item than in
 * `before` (each other place holds the same object), when applyList made
 * `list` from `before` with every kept item at its place; else null, and
 * comparing the two lists place by place tells.
 */
export function replacedPlaces(list: readonly unknown[], before: readonly unknown[]): readonly number[] | null {
  const r = replaced.get(list)
  return r && r.from === before ? r.at : null
}

/**
 * applyMap copies `old` (a loop: a third faster than a spread on 20,000
 * keys) and changes the keys `mp` names; changedKeys tells which.
 */
export function applyMap(old: Record<string, number>, mp: MapPatch): Record<string, number> {
  const out: Record<string, number> = {}
  for (const k in old) out[k] = old[k]
  Object.assign(out, mp.set)
  for (const k of mp.del ?? []) delete out[k]
  made.set(out, { from: old, keys: [...Object.keys(mp.set ?? {}), ...(mp.del ?? [])] })
  return out
}

/** MapChange is how applyMap made a map: from which map, setting or deleting which keys (every other key is as in `from`). */
export interface MapChange {
  from: Readonly<Record<string, number>>
  keys: readonly string[]
}

const made = new WeakMap<object, MapChange>()

/**
 * changedKeys is how applyMap made `map` (the keys it set or deleted, and
 * the map it copied), or undefined for a map it did not make: what is
 * built from the map (the layout's rows) can then redo only those keys.
 */
export function changedKeys(map: Readonly<Record<string, number>>): MapChange | undefined {
  return made.get(map)
}

/** isSnapshot tells a Snapshot reply (whole or delta) from any other result: it has an info and a revision. */
function isSnapshot(v: unknown): v is Snapshot {
  return typeof v === 'object' && v !== null && typeof (v as Snapshot).revision === 'number' && 'info' in v
}

/**
 * withDeltas wraps a transport so that every Snapshot it returns is whole.
 * It holds the last whole snapshot of the `keep` roadmaps used last; a delta
 * reply is applied to the one of its roadmap when that is the delta's base,
 * otherwise (another window edited it, replies crossed) the whole snapshot is
 * asked for with OpenRoadmap. Results without a revision (a backend that
 * sends whole snapshots only, such as the e2e stand-in) pass unchanged.
 */
export function withDeltas(call: Call, keep = 2): Call {
  const held = new Map<string, Snapshot>()
  const hold = (s: Snapshot): Snapshot => {
    held.delete(s.info.id)
    held.set(s.info.id, s)
    for (const id of held.keys()) if (held.size > keep) held.delete(id)
    return s
  }
  return async (method, args) => {
    const result = await call(method, args)
    if (method === 'DeleteRoadmap') held.delete(String(args[0]))
    if (!isSnapshot(result)) return result
    if (!result.delta) return hold(result)
    const prev = held.get(result.info.id)
    if (prev && prev.revision === result.delta.base) return hold(applyDelta(prev, result))
    const whole = await call('OpenRoadmap', [result.info.id])
    return isSnapshot(whole) && !whole.delta ? hold(whole) : whole
  }
}
