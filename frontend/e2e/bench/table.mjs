// The bench's one table: each metric for Tandem and vis-timeline per roadmap size, and our goal.
import { max, over, p95, sum } from './measure.mjs'

/**
 * METRICS are the rows: a name, how to read it from a measurement, and the
 * goal issue 4 sets (first frame <= 0.5 s at 5,000 efforts and <= 0.7 s at
 * 20,000; pan/zoom frames <= 16 ms at the 95th percentile; an edit on screen
 * within 50 ms at 5,000 efforts and 100 ms at 20,000, and no task over 50 ms
 * while the wheel scrolls the whole roadmap, issue 11). Rows without a goal are context.
 */
const METRICS = [
  ['first frame with items, ms', (r) => r.first.total, '≤ 500 (5k), ≤ 700 (20k)'],
  ['  of it: the data request, ms', (r) => r.first.dataMs, ''],
  ['items in the DOM', (r) => r.drawn, 'in view only'],
  ['wheel scroll, whole roadmap: longest task, ms', (r) => max(r.wheel?.tasks), '≤ 50'],
  ['  tasks over 50 ms', (r) => over(r.wheel?.tasks, 50), '0'],
  ['  CPU: longest task, ms (load-independent)', (r) => max(r.wheel?.cpu), ''],
  ['  CPU: all tasks, ms', (r) => sum(r.wheel?.cpu), ''],
  ['pan: frame work p95, ms', (r) => p95(r.pan.tasks), '≤ 16'],
  ['pan: frame work max, ms', (r) => max(r.pan.tasks), ''],
  ['pan: frame interval p95, ms', (r) => p95(r.pan.result), ''],
  ['zoom: frame work p95, ms', (r) => p95(r.zoom.tasks), '≤ 16'],
  ['zoom: frame interval p95, ms', (r) => p95(r.zoom.result), ''],
  ['zoom settles (longest task), ms', (r) => max(r.zoomSettle.tasks), ''],
  ['edit → on screen, ms (median of 8)', (r) => r.edit?.ms ?? r.edit, '≤ 50 (5k), ≤ 100 (20k)'],
  ['  of it: the edit request, ms', (r) => r.edit?.requestMs, ''],
  ['  edit reply, bytes', (r) => r.edit?.bytes, ''],
]

/** printTable prints `results` ([{n, tandem, vis}]) as a Markdown table. */
export function printTable(results, log = console.log) {
  const k = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))
  const head = ['metric', ...results.flatMap(({ n }) => [`Tandem ${k(n)}`, `vis ${k(n)}`]), 'goal']
  const rows = METRICS.map(([name, read, goal]) => [
    name,
    ...results.flatMap(({ tandem, vis }) => [cell(tandem, read), cell(vis, read)]),
    goal,
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  log(line(head))
  log(`|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`)
  for (const r of rows) log(line(r))
}

function cell(result, read) {
  if (!result) return 'n/a'
  if (result.error) return 'failed'
  let v
  try {
    v = read(result)
  } catch {
    return '—' // not measured (--edit)
  }
  if (typeof v !== 'number' || Number.isNaN(v)) return '—'
  return Number.isInteger(v) ? String(v) : v.toFixed(1)
}
