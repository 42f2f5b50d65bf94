/**
 * makeLane builds one lane of the timeline from its placed items (`bases`,
 * in roadmap order) and the backend's rows, reusing the lane built before
 * (`before`) for what did not change. The result reads exactly as a lane
 * built from nothing: items ordered by (row, start), each pointing at the
 * start of the next one in its row, with an item that draws as before
 * (sameItem) kept as the same object, and the lane object itself kept when
 * every item is.
 *
 * An edit that changed only some items' marks, titles, ends and the like,
 * not their row, start or left edge (so not the order nor any `next`),
 * replaces just those items in place: O(lane) comparisons of references
 * and numbers, no sort and no item made per unchanged effort. Anything
 * else orders the lane again (by row, counting, then by start within the
 * rows out of order: byRowThenStart) and makes anew only the items whose
 * placed item, row or `next` changed.
 */
import type { Lane } from '../../api'
import { laneColor } from '../draw/palette'
import { addDays, maxDay, minDay } from '../geometry/dates'
import { sameItem } from '../geometry/reuse'
import type { TimelineItem, TimelineLane } from './layout'

/** LaneMade is one lane as built last: what it was made from, and the lane. */
export interface LaneMade {
  source: Lane
  index: number
  bases: readonly TimelineItem[]
  rows: number[]
  minRows: number
  lane: TimelineLane
  first: Date | null
  last: Date | null
  /** the placed item each of lane.items draws, by the same index */
  from: readonly TimelineItem[]
  /** each item's index in lane.items by id; null when an id repeats */
  at: ReadonlyMap<string, number> | null
}

/** leftEdge is where an item's drawing starts: its slip ghost when that comes first. */
export function leftEdge(item: TimelineItem): Date {
  return item.ghost && item.ghost.start < item.start ? item.ghost.start : item.start
}

/**
 * makeLane is lane `source` (the i-th) of placed items `bases`, rowed by the
 * backend's packing (`minRows` its row count there, `rowOf` every drawn
 * effort's row; row 0 when absent): `before` itself when nothing it reads
 * changed.
 */
export function makeLane(
  source: Lane,
  i: number,
  bases: readonly TimelineItem[],
  minRows: number,
  rowOf: Record<string, number> | undefined,
  before: LaneMade | undefined,
): LaneMade {
  const rows = bases.map((b) => rowOf?.[b.id] ?? 0)
  const same = before && before.source === source && before.index === i && before.minRows === minRows ? before : undefined
  if (same) {
    if (sameList(same.bases, bases) && sameList(same.rows, rows)) return same
    const patched = patchLane(same, bases, rows)
    if (patched) return patched
  }
  return sortLane(source, i, bases, rows, minRows, before)
}

/** patchLane replaces in place the items whose placed item changed but not their row, start or left edge; null when another change happened. */
function patchLane(before: LaneMade, bases: readonly TimelineItem[], rows: number[]): LaneMade | null {
  const at = before.at
  if (!at || bases.length !== before.bases.length) return null
  let items: TimelineItem[] | null = null
  let from: TimelineItem[] | null = null
  let ends = false
  let kept = true
  for (let k = 0; k < bases.length; k++) {
    const a = before.bases[k]
    const b = bases[k]
    if (rows[k] !== before.rows[k]) return null
    if (a === b) continue
    if (a.id !== b.id || +a.start !== +b.start || +leftEdge(a) !== +leftEdge(b)) return null
    if (+a.end !== +b.end || a.milestone !== b.milestone) ends = true
    const p = at.get(b.id)
    if (p === undefined) return null
    items ??= before.lane.items.slice()
    from ??= before.from.slice()
    const o = items[p]
    // the row, start and left edge are as before, so the order and every `next` are too
    const it = { ...b, row: rows[k], next: o.next }
    if (sameItem(o, it)) from[p] = b
    else {
      items[p] = it
      from[p] = b
      kept = false
    }
  }
  const lane = kept || !items ? before.lane : { ...before.lane, items }
  return {
    ...before,
    bases,
    rows,
    lane,
    from: from ?? before.from,
    last: ends ? lastDay(lane.items) : before.last,
  }
}

/** sortLane orders the items by (row, start) and links each to the next in its row, keeping each old item that draws the same. */
function sortLane(
  source: Lane,
  i: number,
  bases: readonly TimelineItem[],
  rows: number[],
  minRows: number,
  before: LaneMade | undefined,
): LaneMade {
  const keyed = byRowThenStart(bases, rows)
  const old = before?.lane.items
  const oldAt = before?.at ?? (old ? new Map(old.map((it, p) => [it.id, p])) : null)
  const items: TimelineItem[] = new Array(keyed.length)
  const from: TimelineItem[] = new Array(keyed.length)
  const at = new Map<string, number>()
  let count = minRows
  let kept = !!old && old.length === keyed.length
  for (let j = 0; j < keyed.length; j++) {
    const { b, row } = keyed[j]
    const after = keyed[j + 1]
    const next = after && after.row === row ? leftEdge(after.b) : null
    const p = oldAt?.get(b.id)
    const o = p === undefined ? undefined : old![p]
    let it: TimelineItem
    if (o && before!.from[p!] === b && o.row === row && sameTime(o.next, next)) it = o
    else {
      it = { ...b, row, next }
      if (o && sameItem(o, it)) it = o
    }
    items[j] = it
    from[j] = b
    at.set(b.id, j)
    count = Math.max(count, row + 1)
    if (kept && old![j] !== it) kept = false
  }
  const lane: TimelineLane =
    kept && before!.source === source && before!.index === i && before!.lane.rows === Math.max(count, 1)
      ? before!.lane
      : { id: source.id, name: source.name || source.id, color: laneColor(source.color, i), rows: Math.max(count, 1), items }
  return {
    source,
    index: i,
    bases,
    rows,
    minRows,
    lane,
    first: minDay(lane.items.map((it) => it.start)),
    last: lastDay(lane.items),
    from,
    at: at.size === items.length ? at : null,
  }
}

/** Keyed is an item with its sort keys: its row, and its start as a number (comparing Dates converts both every time). */
interface Keyed {
  b: TimelineItem
  row: number
  t: number
}

/**
 * byRowThenStart is `bases` (with their `rows`) ordered by row, then by
 * start, ties in the given order: what a stable sort by (row, start) gives,
 * without sorting the lane. The items are put in their rows by counting
 * (rows are small whole numbers), and a row is sorted by start only when it
 * is not in order already (the backend packs each row in start order, and
 * a row holds few items). O(items + rows) for rows in order; a row number
 * that is not a whole number from 0 to the item count sorts the whole list.
 */
export function byRowThenStart(bases: readonly TimelineItem[], rows: readonly number[]): Keyed[] {
  const n = bases.length
  let max = 0
  for (const r of rows) {
    if (!Number.isInteger(r) || r < 0 || r > n) {
      const keyed = bases.map((b, k) => ({ b, row: rows[k], t: +b.start }))
      return keyed.sort((a, b) => a.row - b.row || a.t - b.t)
    }
    if (r > max) max = r
  }
  // where each row starts in the result, then the next free place in it
  const at = new Int32Array(max + 2)
  for (const r of rows) at[r + 1]++
  for (let r = 1; r < at.length; r++) at[r] += at[r - 1]
  const ends = at.slice(1)
  const next = at.slice(0, max + 1)
  const out = new Array<Keyed>(n)
  for (let k = 0; k < n; k++) out[next[rows[k]]++] = { b: bases[k], row: rows[k], t: +bases[k].start }
  for (let r = 0, from = 0; r <= max; from = ends[r], r++) {
    let sorted = true
    for (let j = from + 1; j < ends[r] && sorted; j++) sorted = out[j - 1].t <= out[j].t
    if (sorted) continue
    const row = out.slice(from, ends[r]).sort((a, b) => a.t - b.t)
    for (let j = 0; j < row.length; j++) out[from + j] = row[j]
  }
  return out
}

function lastDay(items: readonly TimelineItem[]): Date | null {
  return maxDay(items.map((it) => (it.milestone ? addDays(it.end, 1) : it.end)))
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return a === null || b === null ? a === b : +a === +b
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
