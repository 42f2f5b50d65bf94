/**
 * LaneIndex answers "which of a lane's items meet this window" in time
 * proportional to the answer, not to the lane: what a scroll step costs must
 * not grow with the roadmap. Items come sorted by (row, start), as layout.ts
 * gives them; within a row the starts are sorted, and so is a running maximum
 * of the ends, so both edges of a window are binary searches per row in view.
 */
import type { TimelineItem } from '../layout/layout'

export class LaneIndex {
  readonly #items: readonly TimelineItem[]
  /** #rowStart[r] is the index of row r's first item; #rowStart[rows] is the item count */
  readonly #rowStart: Int32Array
  readonly #starts: Float64Array
  /** #reach[i] is the latest end among row items up to i (ms) */
  readonly #reach: Float64Array

  /** `items` are a lane's items with their rows; sorted by row, then start (as layout.ts packLane leaves them) saves a copy. */
  constructor(lane: readonly TimelineItem[], rows: number) {
    const items = inOrder(lane) ? lane : [...lane].sort(byRowThenStart)
    this.#items = items
    const n = items.length
    const rowCount = Math.max(rows, items.length ? items[n - 1].row + 1 : 0)
    this.#rowStart = new Int32Array(rowCount + 1)
    this.#starts = new Float64Array(n)
    this.#reach = new Float64Array(n)
    let row = -1
    for (let i = 0; i < n; i++) {
      const it = items[i]
      while (row < it.row) this.#rowStart[++row] = i
      this.#starts[i] = +it.start
      const end = +it.end
      this.#reach[i] = i > 0 && items[i - 1].row === it.row ? Math.max(this.#reach[i - 1], end) : end
    }
    while (row < rowCount) this.#rowStart[++row] = n
  }

  get rows(): number {
    return this.#rowStart.length - 1
  }

  /**
   * query lists the items of rows firstRow..lastRow (inclusive) that end at
   * or after `from` and start at or before `to` (ms since the epoch), row by
   * row, each row in start order.
   */
  query(from: number, to: number, firstRow = 0, lastRow = this.rows - 1): TimelineItem[] {
    const out: TimelineItem[] = []
    const r0 = Math.max(0, firstRow)
    const r1 = Math.min(this.rows - 1, lastRow)
    for (let r = r0; r <= r1; r++) {
      const lo = this.#rowStart[r]
      const hi = this.#rowStart[r + 1]
      const a = firstAtLeast(this.#reach, lo, hi, from)
      const b = firstAbove(this.#starts, a, hi, to)
      // In a packed row ends are sorted too; where items overlap, one may end before `from`.
      for (let i = a; i < b; i++) if (+this.#items[i].end >= from) out.push(this.#items[i])
    }
    return out
  }
}

function byRowThenStart(a: TimelineItem, b: TimelineItem): number {
  return a.row - b.row || +a.start - +b.start
}

function inOrder(items: readonly TimelineItem[]): boolean {
  for (let i = 1; i < items.length; i++) if (byRowThenStart(items[i - 1], items[i]) > 0) return false
  return true
}

/** firstAtLeast is the first index in [lo, hi) of sorted `xs` with xs[i] >= v (hi when none). */
function firstAtLeast(xs: Float64Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** firstAbove is the first index in [lo, hi) of sorted `xs` with xs[i] > v (hi when none). */
function firstAbove(xs: Float64Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid] <= v) lo = mid + 1
    else hi = mid
  }
  return lo
}
