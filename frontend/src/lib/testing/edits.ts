/**
 * Random edits of a roadmap as the UI sees them after a delta reply
 * (api/delta.ts): every object an edit did not change is the same object
 * as before, every one it changed is new. For specs of what reuses objects
 * across edits (timeline/layout.ts, timeline/marks-memo.ts).
 */
import type { Analysis, PackedLayout, Roadmap, Scheduled } from '../api'
import { growth, growthAnalysis } from './fixtures'
import { ownRows } from './layout'
import { applyList, applyMap } from '../api/delta'

/** Model is one state of a roadmap: what buildLayout reads. */
export interface Model {
  roadmap: Roadmap
  analysis: Analysis | null
  packed: PackedLayout
}

/** growthModel is growth() with its analysis and a layout of its own rows: where edit sequences start. */
export function growthModel(): Model {
  const roadmap = growth()
  return { roadmap, analysis: growthAnalysis(), packed: ownRows(roadmap) }
}

/** rng is a small seeded generator (mulberry32): the same seed, the same edits. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const shiftDay = (day: string, by: number) => new Date(Date.parse(day + 'T00:00:00Z') + by * 86_400_000).toISOString().slice(0, 10)

/** replaceAt is `list` with `item` at place i, made as a delta makes it (applyList, which tells the place it replaced). */
function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  const keep: [number, number, number][] = [
    [0, 0, i],
    [i + 1, i + 1, list.length - i - 1],
  ]
  return applyList(list, { len: list.length, keep, at: [i], items: [item] }) as T[]
}

/** insertAt is `list` with `item` inserted at place i, the items after it moved one place on, made as a delta makes it (applyList). */
function insertAt<T>(list: readonly T[], i: number, item: T): T[] {
  const keep: [number, number, number][] = [
    [0, 0, i],
    [i + 1, i, list.length - i],
  ]
  return applyList(list, { len: list.length + 1, keep, at: [i], items: [item] }) as T[]
}

/** removeAt is `list` without its item at place i, made as a delta makes it (applyList). */
function removeAt<T>(list: readonly T[], i: number): T[] {
  const keep: [number, number, number][] = [
    [0, 0, i],
    [i, i + 1, list.length - i - 1],
  ]
  return applyList(list, { len: list.length - 1, keep }) as T[]
}

/** newRows is `rows` with effort `id` in `row`: mostly as a delta makes it (applyMap, which tells what it changed), else by a spread. */
function newRows(rows: Record<string, number>, id: string, row: number, next: () => number): Record<string, number> {
  return next() < 0.8 ? applyMap(rows, { set: { [id]: row } }) : { ...rows, [id]: row }
}

/** EDITS names each kind of edit randomEdit makes. */
export const EDITS = [
  'retitle',
  'reschedule',
  'rename-lane',
  'recolor-lane',
  'kill-or-revive',
  'move-lane',
  'repack',
  'accept-conflict',
  'add-effort',
  'remove-effort',
  'as-of',
  'drop-opportunities',
  'add-pair',
  'drop-pair',
  'nothing',
] as const
export type EditKind = (typeof EDITS)[number]

/** randomEdit is `m` after one edit of kind `kind` (a random one when not given), sharing every object it does not change. */
export function randomEdit(m: Model, next: () => number, kind: EditKind = EDITS[Math.floor(next() * EDITS.length)]): Model {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
  const r = m.roadmap
  const a = m.analysis
  const efforts = r.efforts ?? []
  const i = Math.floor(next() * efforts.length)
  const e = efforts[i]
  switch (kind) {
    case 'retitle':
      if (!e) return m
      return { ...m, roadmap: { ...r, efforts: replaceAt(efforts, i, { ...e, title: `${e.title} ${Math.floor(next() * 100)}` }) } }
    case 'reschedule': {
      const schedule = a?.schedule ?? []
      const k = schedule.findIndex((s) => s.id === e?.id)
      if (!a || k < 0) return m
      const s = schedule[k]
      const by = Math.floor(next() * 21) - 10
      const moved: Scheduled = { ...s, start: shiftDay(s.start, by), end: shiftDay(s.end, by), slipDays: Math.max(0, s.slipDays + by), critical: next() < 0.5 }
      return { ...m, analysis: { ...a, schedule: replaceAt(schedule, k, moved) } }
    }
    case 'rename-lane':
    case 'recolor-lane': {
      const lanes = r.lanes ?? []
      const k = Math.floor(next() * lanes.length)
      const l = lanes[k]
      if (!l) return m
      const changed = kind === 'rename-lane' ? { ...l, name: `${l.name ?? l.id}!` } : { ...l, color: pick(['#123456', '#abcdef', undefined]) }
      return { ...m, roadmap: { ...r, lanes: replaceAt(lanes, k, changed) } }
    }
    case 'kill-or-revive':
      if (!e) return m
      return { ...m, roadmap: { ...r, efforts: replaceAt(efforts, i, { ...e, status: e.status === 'killed' ? 'active' : 'killed' }) } }
    case 'move-lane': {
      const lane = pick(r.lanes ?? [])
      if (!e || !lane) return m
      const rows = newRows(m.packed.rows, e.id, Math.floor(next() * 3), next)
      return { ...m, roadmap: { ...r, efforts: replaceAt(efforts, i, { ...e, lane: lane.id }) }, packed: { ...m.packed, rows } }
    }
    case 'repack': {
      if (!e) return m
      const rows = newRows(m.packed.rows, e.id, Math.floor(next() * 4), next)
      const lanes = (m.packed.lanes ?? []).map((l) => (next() < 0.2 ? { ...l, rows: Math.floor(next() * 5) } : l))
      return { ...m, packed: { lanes, rows } }
    }
    case 'accept-conflict': {
      const conflicts = a?.conflicts ?? []
      const k = Math.floor(next() * conflicts.length)
      if (!a || !conflicts[k]) return m
      return { ...m, analysis: { ...a, conflicts: replaceAt(conflicts, k, { ...conflicts[k], accepted: !conflicts[k].accepted }) } }
    }
    case 'add-effort': {
      const lane = pick(r.lanes ?? [])
      if (!lane) return m
      const id = `new-${Math.floor(next() * 1e9)}`
      const start = shiftDay('2026-07-01', Math.floor(next() * 90))
      const added = { id, lane: lane.id, title: id, start, durationDays: Math.floor(next() * 20) }
      const analysis = a && { ...a, schedule: [...(a.schedule ?? []), { id, lane: lane.id, start, end: shiftDay(start, added.durationDays), es: 0, ef: 0, ls: 0, lf: 0, float: 3, slipDays: 0, critical: false }] }
      return { roadmap: { ...r, efforts: [...efforts, added] }, analysis, packed: { ...m.packed, rows: { ...m.packed.rows, [id]: Math.floor(next() * 3) } } }
    }
    case 'remove-effort': {
      if (!e) return m
      const analysis = a && { ...a, schedule: (a.schedule ?? []).filter((s) => s.id !== e.id) }
      return { ...m, roadmap: { ...r, efforts: efforts.filter((x) => x !== e) }, analysis }
    }
    case 'as-of':
      return { ...m, roadmap: { ...r, asOf: next() < 0.3 ? undefined : shiftDay('2026-09-15', Math.floor(next() * 60) - 30) } }
    case 'drop-opportunities':
      if (!a) return m
      return { ...m, analysis: { ...a, opportunities: next() < 0.5 ? [] : [...(a.opportunities ?? [])] } }
    case 'add-pair':
    case 'drop-pair': {
      // a conflict or an opportunity appears between two efforts, or one goes (as a move makes and ends them)
      if (!a) return m
      const key = next() < 0.5 ? 'conflicts' : 'opportunities'
      const list = (a[key] ?? []) as { efforts: string[] }[]
      const k = Math.floor(next() * (list.length + (kind === 'add-pair' ? 1 : 0)))
      if (kind === 'drop-pair') return list[k] ? { ...m, analysis: { ...a, [key]: removeAt(list, k) } } : m
      const like = list[Math.floor(next() * list.length)]
      const other = efforts[Math.floor(next() * efforts.length)]
      if (!like || !e || !other) return m
      return { ...m, analysis: { ...a, [key]: insertAt(list, k, { ...like, efforts: [e.id, other.id] }) } }
    }
    case 'nothing':
      return m
  }
}
