/**
 * Lane layouts for unit and component tests. Packing efforts into lane rows
 * is the backend's job (backend/layout, tested there; the UI draws the
 * snapshot's `layout`). A spec about drawing takes rows as an input, so it
 * gets them from ownRows instead of a second packer in TS.
 */
import type { PackedLayout, Roadmap } from '../api'
import { effortStatus } from '../timeline/draw/status'

/**
 * ownRows is a layout of `r` that puts every effort the timeline may draw
 * (not killed, in a lane of r) in a row of its own: rows 0, 1, ... of its
 * lane in file order, except the efforts `given` a row (a spec whose bars
 * share a row says so). A lane has as many rows as its highest row needs,
 * at least one. For growth() this is also what the backend packs, since
 * the efforts of each of its lanes overlap.
 */
export function ownRows(r: Roadmap, given: Record<string, number> = {}): PackedLayout {
  const next = new Map((r.lanes ?? []).map((l) => [l.id, 0]))
  const height = new Map((r.lanes ?? []).map((l) => [l.id, 1]))
  const rows: Record<string, number> = {}
  for (const e of r.efforts ?? []) {
    const n = next.get(e.lane)
    if (n === undefined || effortStatus(e.status) === 'killed') continue
    const row = given[e.id] ?? n
    if (!(e.id in given)) next.set(e.lane, n + 1)
    rows[e.id] = row
    height.set(e.lane, Math.max(height.get(e.lane)!, row + 1))
  }
  return { lanes: [...height].map(([id, n]) => ({ id, rows: n })), rows }
}
