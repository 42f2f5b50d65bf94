/** Interval is a half-open range [start, end) on a number line (e.g. day numbers). */
export interface Interval {
  id: string
  start: number
  end: number
}

export interface Packing {
  /** row index (0-based) of each interval id */
  row: Map<string, number>
  /** number of rows used (0 when there are no intervals) */
  rows: number
}

/**
 * packRows assigns each interval to the first row where it does not overlap
 * anything already there (greedy first fit, intervals taken by start, then
 * end, then id, so the result is deterministic). Two intervals in one row are
 * at least `gap` apart. An empty interval (end == start, a milestone) is
 * treated as lasting `minLength`. Cost: O(n log n + n * rows).
 */
export function packRows(items: readonly Interval[], gap = 0, minLength = 1): Packing {
  const sorted = items
    .map((it) => ({ id: it.id, start: it.start, end: Math.max(it.end, it.start + minLength) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const rowEnds: number[] = []
  const row = new Map<string, number>()
  for (const it of sorted) {
    let r = rowEnds.findIndex((end) => end + gap <= it.start)
    if (r === -1) {
      r = rowEnds.length
      rowEnds.push(it.end)
    } else {
      rowEnds[r] = it.end
    }
    row.set(it.id, r)
  }
  return { row, rows: rowEnds.length }
}
