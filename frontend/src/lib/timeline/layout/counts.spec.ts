import { describe, expect, it } from 'vitest'
import { growthModel, randomEdit, rng } from '../../testing/edits'
import { parseDay } from '../geometry/dates'
import { countItems } from './counts'
import { LayoutBuilder } from './layout'

const today = parseDay('2026-08-10')!

describe('countItems', () => {
  it('counts the efforts and milestones drawn, over random edit sequences', () => {
    const next = rng(3)
    const b = new LayoutBuilder()
    let m = growthModel()
    for (let step = 0; step < 60; step++) {
      m = randomEdit(m, next)
      const items = b.build(m.roadmap, m.analysis, today, m.packed).lanes.flatMap((l) => l.items)
      const milestones = items.filter((it) => it.milestone).length
      expect(countItems(b.build(m.roadmap, m.analysis, today, m.packed).lanes), `step ${step}`).toEqual({ efforts: items.length - milestones, milestones })
    }
  })
})
