import { describe, expect, it } from 'vitest'
import { effort, roadmap } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { addDays, formatDay, parseDay } from '../geometry/dates'
import { buildLayout, LayoutBuilder, type TimelineItem } from './layout'
import { byRowThenStart } from './lane-made'
import { rng } from '../../testing/edits'
import type { Analysis, PackedLayout, Roadmap, Scheduled } from '../../api'

const today = parseDay('2026-08-10')!
const N = 300

/** A lane of N efforts, 3 to a row (so that each has a `next`), each scheduled. */
function big(): { roadmap: Roadmap; analysis: Analysis; packed: PackedLayout } {
  const efforts = Array.from({ length: N }, (_, i) => effort(`e${i}`, 'a'))
  const r = roadmap({ lanes: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], efforts: [...efforts, effort('other', 'b')] })
  const day = (n: number) => formatDay(addDays(parseDay('2026-07-01')!, n))
  const schedule: Scheduled[] = [...efforts, effort('other', 'b')].map((e, i) => ({
    id: e.id,
    lane: e.lane,
    start: day((i % 3) * 10),
    end: day((i % 3) * 10 + 5),
    es: 0,
    ef: 5,
    ls: 0,
    lf: 5,
    float: 0,
    slipDays: 0,
    critical: false,
  }))
  const rows = Object.fromEntries(efforts.map((e, i) => [e.id, Math.floor(i / 3)]))
  const packed = { ...ownRows(r), rows: { ...ownRows(r).rows, ...rows } }
  packed.lanes = packed.lanes.map((l) => (l.id === 'a' ? { ...l, rows: N / 3 } : l))
  const analysis = { schedule, conflicts: [], opportunities: [] } as unknown as Analysis
  return { roadmap: r, analysis, packed }
}

const withSchedule = (m: ReturnType<typeof big>, id: string, change: Partial<Scheduled>) => ({
  ...m,
  analysis: { ...m.analysis, schedule: m.analysis.schedule.map((s) => (s.id === id ? { ...s, ...change } : s)) },
})

describe('makeLane (through LayoutBuilder)', () => {
  it('replaces only the item whose marks changed, keeping every other item and the other lanes', () => {
    const b = new LayoutBuilder()
    const m = big()
    const one = b.build(m.roadmap, m.analysis, today, m.packed)
    const next = withSchedule(m, 'e150', { critical: true })
    const two = b.build(next.roadmap, next.analysis, today, next.packed)
    const a1 = one.lanes[0].items
    const a2 = two.lanes[0].items
    expect(a2.filter((it, k) => it !== a1[k]).map((it) => it.id)).toEqual(['e150'])
    expect(a2.find((it) => it.id === 'e150')!.marks.critical).toBe(true)
    expect(two.lanes[1]).toBe(one.lanes[1])
    expect(two).toEqual(buildLayout(next.roadmap, next.analysis, today, next.packed))
  })

  it('keeps the lane object when its changed efforts draw as before', () => {
    const b = new LayoutBuilder()
    const m = big()
    const one = b.build(m.roadmap, m.analysis, today, m.packed)
    // a schedule entry replaced by another that places the effort the same (only the late start moved)
    const next = withSchedule(m, 'e7', { ls: 3 })
    const two = b.build(next.roadmap, next.analysis, today, next.packed)
    expect(two.lanes[0]).toBe(one.lanes[0])
  })

  it('re-sorts a lane whose rows changed, making anew only the items that moved or whose next changed', () => {
    const b = new LayoutBuilder()
    const m = big()
    const one = b.build(m.roadmap, m.analysis, today, m.packed)
    // e0 (row 0, first) and e299 (row 99, last) swap rows
    const packed = { ...m.packed, rows: { ...m.packed.rows, e0: 99, e299: 0 } }
    const two = b.build(m.roadmap, m.analysis, today, packed)
    expect(two).toEqual(buildLayout(m.roadmap, m.analysis, today, packed))
    const changed = two.lanes[0].items.filter((it) => !one.lanes[0].items.includes(it)).map((it) => it.id)
    expect(changed.sort()).toEqual(['e0', 'e2', 'e298', 'e299'])
  })

  it('moves an item whose start changed to its place in its row', () => {
    const b = new LayoutBuilder()
    const m = big()
    b.build(m.roadmap, m.analysis, today, m.packed)
    const next = withSchedule(m, 'e3', { start: '2026-07-25', end: '2026-07-26' })
    const two = b.build(next.roadmap, next.analysis, today, next.packed)
    expect(two.lanes[0].items.filter((it) => it.row === 1).map((it) => it.id)).toEqual(['e4', 'e5', 'e3'])
    expect(two).toEqual(buildLayout(next.roadmap, next.analysis, today, next.packed))
  })
})

describe('byRowThenStart', () => {
  it('orders by row, then start, ties as given: what a stable sort gives, over random lanes', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = rng(seed)
      const n = Math.floor(next() * 40)
      const rowsUsed = 1 + Math.floor(next() * 8)
      const bases = Array.from({ length: n }, (_, k) => ({ id: `e${k}`, start: addDays(today, Math.floor(next() * 20)) }) as TimelineItem)
      const rows = bases.map(() => Math.floor(next() * rowsUsed))
      // now and then a row the counting cannot take (the whole list is sorted)
      if (n > 0 && next() < 0.1) rows[0] = next() < 0.5 ? -1 : 1.5
      const expected = bases.map((b, k) => ({ b, row: rows[k], t: +b.start })).sort((a, b) => a.row - b.row || a.t - b.t)
      expect(byRowThenStart(bases, rows), `seed ${seed}`).toEqual(expected)
    }
  })
})

