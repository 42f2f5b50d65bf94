import { describe, expect, it } from 'vitest'
import { growthAnalysis } from '../../testing/fixtures'
import { growthModel, randomEdit, rng, type Model } from '../../testing/edits'
import { parseDay } from '../geometry/dates'
import { buildLayout, LayoutBuilder, type TimelineLayout } from './layout'
import { applyMap } from '../../api/delta'
import type { Effort } from '../../api'

const today = parseDay('2026-08-10')!

const build = (b: LayoutBuilder, m: Model) => b.build(m.roadmap, m.analysis, today, m.packed)
const fresh = (m: Model) => buildLayout(m.roadmap, m.analysis, today, m.packed)
const lane = (l: TimelineLayout, id: string) => l.lanes.find((x) => x.id === id)!
const item = (l: TimelineLayout, id: string) => l.lanes.flatMap((x) => x.items).find((x) => x.id === id)!

describe('LayoutBuilder', () => {
  it('gives back the very same lanes, items, range and domain when nothing changed', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const one = build(b, m)
    const two = build(b, { ...m, roadmap: { ...m.roadmap } })
    expect(two.lanes).toHaveLength(4)
    two.lanes.forEach((l, i) => expect(l).toBe(one.lanes[i]))
    expect(two.range).toBe(one.range)
    expect(two.domain).toBe(one.domain)
    expect(two.killed).toBe(one.killed)
  })

  it('rebuilds only the lane of a retitled effort, keeping its other items', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const one = build(b, m)
    const efforts = m.roadmap.efforts.map((e) => (e.id === 'retarget' ? { ...e, title: 'Retargeting 2' } : e))
    const two = build(b, { ...m, roadmap: { ...m.roadmap, efforts } })
    expect(item(two, 'retarget').title).toBe('Retargeting 2')
    expect(lane(two, 'paid')).not.toBe(lane(one, 'paid'))
    expect(item(two, 'retarget')).not.toBe(item(one, 'retarget'))
    expect(item(two, 'spring-ads')).toBe(item(one, 'spring-ads'))
    for (const id of ['content', 'product', 'ai']) expect(lane(two, id)).toBe(lane(one, id))
  })

  it('rebuilds the item whose schedule entry changed', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const one = build(b, m)
    const schedule = m.analysis!.schedule.map((s) => (s.id === 'launch' ? { ...s, start: '2026-10-20', end: '2026-10-20' } : s))
    const two = build(b, { ...m, analysis: { ...m.analysis!, schedule } })
    expect(item(two, 'launch').start).toEqual(parseDay('2026-10-20'))
    expect(item(two, 'onboarding')).toBe(item(one, 'onboarding'))
    expect(lane(two, 'paid')).toBe(lane(one, 'paid'))
    expect(two).toEqual(fresh({ ...m, analysis: { ...m.analysis!, schedule } }))
  })

  it('renames a lane without touching its items', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const one = build(b, m)
    const lanes = m.roadmap.lanes.map((l) => (l.id === 'ai' ? { ...l, name: 'AI' } : l))
    const two = build(b, { ...m, roadmap: { ...m.roadmap, lanes } })
    expect(lane(two, 'ai').name).toBe('AI')
    expect(lane(two, 'ai')).not.toBe(lane(one, 'ai'))
    expect(lane(two, 'ai').items[0]).toBe(lane(one, 'ai').items[0])
  })

  it('moves an item to the row the new packing gives it', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const one = build(b, m)
    const packed = { ...m.packed, rows: { ...m.packed.rows, 'spring-ads': 1, retarget: 0 } }
    const two = build(b, { ...m, packed })
    expect(lane(two, 'paid').items.map((i) => [i.id, i.row])).toEqual([
      ['retarget', 0],
      ['spring-ads', 1],
    ])
    expect(lane(two, 'content')).toBe(lane(one, 'content'))
  })

  it('re-marks the efforts of a conflict that was accepted, and only them', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const one = build(b, m)
    const conflicts = m.analysis!.conflicts.map((c, i) => (i === 0 ? { ...c, accepted: true } : c))
    const two = build(b, { ...m, analysis: { ...m.analysis!, conflicts } })
    expect(item(one, 'spring-ads').marks.openConflicts).toBe(1)
    expect(item(two, 'spring-ads').marks.openConflicts).toBe(0)
    expect(item(two, 'onboarding')).toBe(item(one, 'onboarding'))
    expect(lane(two, 'product')).toBe(lane(one, 'product'))
  })

  it('reads only the efforts an in-place edit changed, and rebuilds only their lanes', () => {
    const b = new LayoutBuilder()
    const m = growthModel()
    const reads = new Map<string, number>()
    const watched = (e: Effort): Effort =>
      new Proxy(e, {
        get(t, k, r) {
          reads.set(t.id, (reads.get(t.id) ?? 0) + 1)
          return Reflect.get(t, k, r)
        },
      })
    const efforts = m.roadmap.efforts.map(watched)
    const one = build(b, { ...m, roadmap: { ...m.roadmap, efforts } })
    expect(reads.size).toBe(efforts.length)
    reads.clear()
    // give one effort an owner, reschedule another, and repack a third's row as a delta does
    const k = m.roadmap.efforts.findIndex((e) => e.id === 'retarget')
    const edited = efforts.map((e, i) => (i === k ? watched({ ...m.roadmap.efforts[k], owner: 'Kim' }) : e))
    const schedule = m.analysis!.schedule.map((s) => (s.id === 'launch' ? { ...s, start: '2026-10-20', end: '2026-10-20' } : s))
    const rows = applyMap(m.packed.rows, { set: { assistant: 1 } })
    const next: Model = { roadmap: { ...m.roadmap, efforts: edited }, analysis: { ...m.analysis!, schedule }, packed: { ...m.packed, rows } }
    const two = build(b, next)
    expect(new Set(reads.keys())).toEqual(new Set(['retarget', 'launch']))
    expect(two).toEqual(fresh(next))
    expect(lane(two, 'content')).toBe(lane(one, 'content'))
  })

  it('builds what a fresh buildLayout builds, over random edit sequences', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = rng(seed)
      const b = new LayoutBuilder()
      let m = growthModel()
      for (let step = 0; step < 40; step++) {
        m = randomEdit(m, next)
        if (next() < 0.05) m = { ...m, analysis: null }
        if (!m.analysis && next() < 0.5) m = { ...m, analysis: growthAnalysis() }
        expect(build(b, m), `seed ${seed} step ${step}`).toEqual(fresh(m))
        // the window prepares the next edit when idle, sometimes
        if (next() < 0.5) b.prepare()
      }
    }
  })

  it('prepares the index of pairs the next edit reads, once', () => {
    const b = new LayoutBuilder()
    build(b, growthModel())
    expect(b.prepare()).toBe(true)
    expect(b.prepare()).toBe(false)
  })
})
