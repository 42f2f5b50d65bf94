/**
 * The conflict board's rows as the view shows them: grouped by board status
 * (new, changed, open, accepted, resolved; the backend already sorts cross-
 * lane first, then kind and severity), described in words, and flattened
 * into a list of headings and rows of fixed heights for a windowed list.
 */
import type { BoardRow, Conflict, Roadmap } from '../api'

export const STATUS_ORDER = ['new', 'changed', 'open', 'accepted', 'resolved'] as const
export type BoardStatus = (typeof STATUS_ORDER)[number]

export const STATUS_LABEL: Record<BoardStatus, string> = {
  new: 'New',
  changed: 'Changed since accepted',
  open: 'Open',
  accepted: 'Accepted',
  resolved: 'Resolved',
}

/** ShownRow is a board row with its conflict (the backend sends live ones as an index into the analysis). */
export type ShownRow = BoardRow & { conflict: Conflict }

/**
 * shownRows gives each row its conflict: its own (resolved) or the
 * analysis' at its index. null when an index does not point at the row's
 * conflict (a board of another version of the roadmap than `conflicts`;
 * the next load brings the right one).
 */
export function shownRows(rows: readonly BoardRow[], conflicts: readonly Conflict[]): ShownRow[] | null {
  const out: ShownRow[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    const c = r.conflict ?? conflicts[r.index]
    if (!c || !r.key.startsWith(c.kind + ':') || !r.key.endsWith(`:${c.efforts[0]}+${c.efforts[1]}`)) return null
    out[i] = r.conflict ? (r as ShownRow) : { ...r, conflict: c }
  }
  return out
}

export interface BoardGroup {
  status: BoardStatus
  rows: ShownRow[]
}

/** groupRows splits rows (in board order) by status, in STATUS_ORDER, without empty groups. */
export function groupRows(rows: readonly ShownRow[]): BoardGroup[] {
  const by = new Map<string, ShownRow[]>()
  for (const r of rows) {
    const list = by.get(r.status)
    if (list) list.push(r)
    else by.set(r.status, [r])
  }
  return STATUS_ORDER.filter((s) => by.has(s)).map((s) => ({ status: s, rows: by.get(s)! }))
}

/** A line of the windowed list: a group heading or a conflict row. */
export type BoardLine =
  | { kind: 'heading'; key: string; status: BoardStatus; count: number; collapsed: boolean }
  | { kind: 'row'; key: string; row: ShownRow }

export const HEADING_HEIGHT = 34
export const ROW_HEIGHT = 58

/** flatten lists each group's heading then, unless collapsed, its rows. */
export function flatten(groups: readonly BoardGroup[], collapsed: ReadonlySet<string>): BoardLine[] {
  const lines: BoardLine[] = []
  for (const g of groups) {
    const shut = collapsed.has(g.status)
    lines.push({ kind: 'heading', key: `h:${g.status}`, status: g.status, count: g.rows.length, collapsed: shut })
    if (!shut) for (const row of g.rows) lines.push({ kind: 'row', key: row.key, row })
  }
  return lines
}

/** offsets returns each line's top and, last, the total height. */
export function offsets(lines: readonly BoardLine[]): Float64Array {
  const tops = new Float64Array(lines.length + 1)
  for (let i = 0; i < lines.length; i++) tops[i + 1] = tops[i] + (lines[i].kind === 'heading' ? HEADING_HEIGHT : ROW_HEIGHT)
  return tops
}

/** visible returns [first, end) of the lines that meet [top - overscan, top + height + overscan]. */
export function visible(tops: Float64Array, top: number, height: number, overscan = 300): [number, number] {
  const n = tops.length - 1
  const lo = top - overscan
  const hi = top + height + overscan
  let a = 0
  let b = n
  while (a < b) {
    const m = (a + b) >> 1
    if (tops[m + 1] <= lo) a = m + 1
    else b = m
  }
  let end = a
  while (end < n && tops[end] < hi) end++
  return [a, end]
}

/** KIND_LABEL names a conflict's kind (surface conflicts by severity). */
export function kindLabel(c: Conflict): string {
  switch (c.kind) {
    case 'surface':
      return c.severity === 'collision' ? 'Collision' : 'Disruption'
    case 'sequence':
      return 'Broken sequence'
    case 'metric':
      return 'Opposite moves'
    default:
      return 'Declared conflict'
  }
}

/** aboutLabel names what the conflict is about: the surface or metric by name, or nothing. */
export function aboutLabel(c: Conflict, roadmap: Roadmap | null): string {
  if (c.surface) return roadmap?.surfaces.find((s) => s.id === c.surface)?.name || c.surface
  if (c.metric) return roadmap?.metrics.find((m) => m.id === c.metric)?.name || c.metric
  return ''
}
