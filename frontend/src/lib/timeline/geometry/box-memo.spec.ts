import { describe, expect, it } from 'vitest'
import { growthModel, randomEdit, rng } from '../../testing/edits'
import { ArrowIndex } from './arrow-index'
import { timeScale } from './axis'
import { BoxMemo } from './box-memo'
import { parseDay } from './dates'
import { laneBoxes } from './geometry'
import { LayoutBuilder } from '../layout/layout'
import { itemBoxes, type ItemBox } from './positions'

const today = parseDay('2026-08-10')!
const scale = timeScale([parseDay('2026-07-01')!, parseDay('2026-11-01')!], 1230)

describe('BoxMemo', () => {
  it('keeps the box of every item of an unchanged lane, and of the unchanged items of a changed one', () => {
    const b = new LayoutBuilder()
    const memo = new BoxMemo()
    const m = growthModel()
    const l1 = b.build(m.roadmap, m.analysis, today, m.packed)
    const one = new Map(memo.boxes(l1.lanes, laneBoxes(l1.lanes).boxes, scale))
    const schedule = m.analysis!.schedule.map((s) => (s.id === 'retarget' ? { ...s, start: '2026-07-25', end: '2026-08-25' } : s))
    const l2 = b.build(m.roadmap, { ...m.analysis!, schedule }, today, m.packed)
    const two = new Map(memo.boxes(l2.lanes, laneBoxes(l2.lanes).boxes, scale))
    expect(two.get('retarget')).not.toBe(one.get('retarget'))
    expect(two.get('retarget')!.x0).toBe(Math.round(scale(parseDay('2026-07-25')!)) + 1)
    for (const id of ['spring-ads', 'seo-hub', 'onboarding', 'launch', 'assistant']) expect(two.get(id), id).toBe(one.get(id))
  })

  it('places everything again under a new scale', () => {
    const b = new LayoutBuilder()
    const memo = new BoxMemo()
    const m = growthModel()
    const l = b.build(m.roadmap, m.analysis, today, m.packed)
    const one = new Map(memo.boxes(l.lanes, laneBoxes(l.lanes).boxes, scale))
    const wider = timeScale([parseDay('2026-07-01')!, parseDay('2026-11-01')!], 2460)
    const two = memo.boxes(l.lanes, laneBoxes(l.lanes).boxes, wider)
    expect(two.get('spring-ads')).not.toBe(one.get('spring-ads'))
    expect(new Map(two)).toEqual(itemBoxes(l.lanes, laneBoxes(l.lanes).boxes, wider))
  })

  it('names the ids whose boxes changed between two calls', () => {
    const b = new LayoutBuilder()
    const memo = new BoxMemo()
    const m = growthModel()
    const l1 = b.build(m.roadmap, m.analysis, today, m.packed)
    const one = memo.boxes(l1.lanes, laneBoxes(l1.lanes).boxes, scale)
    const schedule = m.analysis!.schedule.map((s) => (s.id === 'retarget' ? { ...s, start: '2026-07-25', end: '2026-08-25' } : s))
    const l2 = b.build(m.roadmap, { ...m.analysis!, schedule }, today, m.packed)
    const two = memo.boxes(l2.lanes, laneBoxes(l2.lanes).boxes, scale)
    expect(memo.changedSince(one.gen)).toEqual(['retarget'])
    expect(memo.changedSince(two.gen)).toEqual([])
    memo.boxes(l2.lanes, laneBoxes(l2.lanes).boxes, timeScale([parseDay('2026-07-01')!, parseDay('2026-11-01')!], 2460))
    expect(new Set(memo.changedSince(one.gen))).toEqual(new Set(l2.lanes.flatMap((l) => l.items.map((it) => it.id))))
  })

  it('gives what itemBoxes gives, and arrows what a fresh ArrowIndex gives, over random edit sequences', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = rng(seed)
      const b = new LayoutBuilder()
      const memo = new BoxMemo()
      let arrows: ArrowIndex | null = null
      let arrowsGen = -1
      let before = new Map<string, ItemBox>()
      let m = growthModel()
      for (let step = 0; step < 30; step++) {
        m = randomEdit(m, next)
        const l = b.build(m.roadmap, m.analysis, today, m.packed)
        const stack = laneBoxes(l.lanes).boxes
        // now and then a scale of its own: everything moves
        const s = next() < 0.1 ? timeScale([parseDay('2026-06-01')!, parseDay('2026-12-01')!], 1000 + step) : scale
        const boxes = memo.boxes(l.lanes, stack, s)
        const now = new Map(boxes)
        expect(now, `seed ${seed} step ${step}`).toEqual(itemBoxes(l.lanes, stack, s))
        // changedSince names at least every id whose box is another object (or null: any)
        const moved = arrows ? memo.changedSince(arrowsGen) : null
        if (moved) {
          const differ = [...new Set([...now.keys(), ...before.keys()])].filter((id) => now.get(id) !== before.get(id))
          for (const id of differ) expect(moved, `seed ${seed} step ${step}`).toContain(id)
        }
        // skip a call now and then: the arrows catch up over two calls
        if (next() < 0.2) {
          arrows = ArrowIndex.update(arrows, m.roadmap.dependencies, boxes, moved)
          arrowsGen = boxes.gen
          before = now
          expect(arrows.query(null, null), `seed ${seed} step ${step}`).toEqual(new ArrowIndex(m.roadmap.dependencies, boxes).query(null, null))
        } else if (next() < 0.9) {
          arrows = ArrowIndex.update(arrows, m.roadmap.dependencies, boxes, moved)
          arrowsGen = boxes.gen
          before = now
          expect(arrows.query(null, null), `seed ${seed} step ${step}`).toEqual(new ArrowIndex(m.roadmap.dependencies, boxes).query(null, null))
        }
      }
    }
  })
})
