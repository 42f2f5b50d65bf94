import { describe, expect, it, vi } from 'vitest'
import { growthModel, randomEdit, rng } from '../../testing/edits'
import { applyList } from '../../api/delta'
import * as marksModule from './marks'
import { effortMarks } from './marks'
import { MarksMemo } from './marks-memo'

vi.mock('./marks', { spy: true })

describe('MarksMemo', () => {
  it('keeps every effort marks object when nothing changed', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    const one = new Map(memo.marks(m.roadmap, m.analysis))
    const two = new Map(memo.marks({ ...m.roadmap }, { ...m.analysis! }))
    expect([...two.keys()]).toEqual([...one.keys()])
    for (const [id, marks] of two) expect(marks, id).toBe(one.get(id))
  })

  it('remakes the marks of an effort whose schedule entry changed, only those', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    const one = new Map(memo.marks(m.roadmap, m.analysis))
    const schedule = m.analysis!.schedule.map((s) => (s.id === 'retarget' ? { ...s, critical: true } : s))
    const two = new Map(memo.marks(m.roadmap, { ...m.analysis!, schedule }))
    expect(two.get('retarget')!.critical).toBe(true)
    for (const [id, marks] of two) if (id !== 'retarget') expect(marks, id).toBe(one.get(id))
  })

  it('re-indexes conflicts when one is accepted, keeping the marks that read the same', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    const one = new Map(memo.marks(m.roadmap, m.analysis))
    const conflicts = m.analysis!.conflicts.map((c, i) => (i === 1 ? { ...c, accepted: true } : c))
    const two = new Map(memo.marks(m.roadmap, { ...m.analysis!, conflicts }))
    expect(two.get('assistant')!.openConflicts).toBe(0)
    expect(two.get('pricing-redesign')!.openConflicts).toBe(1)
    expect(two.get('assistant')).not.toBe(one.get('assistant'))
    expect(two.get('spring-ads')).toBe(one.get('spring-ads'))
    expect(two.get('onboarding')).toBe(one.get('onboarding'))
  })

  it('after a delta added a conflict, marks only the efforts of the pairs it added or dropped again', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    const one = new Map(memo.marks(m.roadmap, m.analysis))
    const old = m.analysis!.conflicts
    const added = { ...old[0], efforts: ['spring-ads', 'onboarding'], accepted: false }
    // the new conflict goes first: every other one moves a place on
    const conflicts = applyList(old, { len: old.length + 1, keep: [[1, 0, old.length]], at: [0], items: [added] }) as typeof old
    vi.mocked(marksModule.effortMarks).mockClear()
    const two = new Map(memo.marks(m.roadmap, { ...m.analysis!, conflicts }))
    expect(vi.mocked(marksModule.effortMarks).mock.calls.map((c) => [...(c[2]?.only ?? ['(all)'])].sort())).toEqual([['onboarding', 'spring-ads']])
    // given only their own conflicts and opportunities, in the lists' order (an index, not a walk through every pair)
    const mine = <T extends { efforts: string[] }>(list: T[]) => list.filter((p) => p.efforts.some((id) => id === 'onboarding' || id === 'spring-ads'))
    const given = vi.mocked(marksModule.effortMarks).mock.calls[0][1]!
    expect(given.conflicts).toEqual(mine(conflicts))
    expect(given.conflicts.length).toBeLessThan(conflicts.length)
    expect(given.opportunities).toEqual(mine(m.analysis!.opportunities))
    // and the surfaces' and metrics' names as the last call made them: not a walk through either per edit
    const walks = [vi.spyOn(m.roadmap.surfaces, 'map'), vi.spyOn(m.roadmap.metrics, 'map')]
    const again = applyList(conflicts, { len: conflicts.length, keep: [[1, 1, conflicts.length - 1]], at: [0], items: [{ ...added, accepted: true }] }) as typeof old
    const three = memo.marks(m.roadmap, { ...m.analysis!, conflicts: again })
    expect(three.get('spring-ads')!.openConflicts).toBe(two.get('spring-ads')!.openConflicts - 1)
    for (const w of walks) expect(w).not.toHaveBeenCalled()
    expect(two).toEqual(effortMarks(m.roadmap, { ...m.analysis!, conflicts }))
    expect(new Set(memo.changed)).toEqual(new Set(['onboarding', 'spring-ads']))
    for (const [id, marks] of two) if (id !== 'onboarding' && id !== 'spring-ads') expect(marks, id).toBe(one.get(id))
  })

  it('indexes the pairs by effort when prepared, so an edit after it gives the same marks', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    memo.marks(m.roadmap, m.analysis)
    expect(memo.prepare()).toBe(true)
    expect(memo.prepare()).toBe(false)
    const old = m.analysis!.conflicts
    const added = { ...old[0], efforts: ['spring-ads', 'onboarding'], accepted: false }
    const conflicts = applyList(old, { len: old.length + 1, keep: [[1, 0, old.length]], at: [0], items: [added] }) as typeof old
    expect(memo.marks(m.roadmap, { ...m.analysis!, conflicts })).toEqual(effortMarks(m.roadmap, { ...m.analysis!, conflicts }))
    expect(memo.prepare()).toBe(false)
  })

  it('renames the other side of a conflict when its effort is retitled', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    memo.marks(m.roadmap, m.analysis)
    const efforts = m.roadmap.efforts.map((e) => (e.id === 'spring-ads' ? { ...e, title: 'Summer ads' } : e))
    const two = new Map(memo.marks({ ...m.roadmap, efforts }, m.analysis))
    expect(two.get('pricing-redesign')!.conflicts[0].otherTitle).toBe('Summer ads')
  })

  it('gives nothing without an analysis', () => {
    const memo = new MarksMemo()
    const m = growthModel()
    memo.marks(m.roadmap, m.analysis)
    expect(memo.marks(m.roadmap, null).size).toBe(0)
  })

  it('gives what effortMarks gives, over random edit sequences', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = rng(seed)
      const memo = new MarksMemo()
      let m = growthModel()
      let before = new Map(memo.marks(m.roadmap, m.analysis))
      for (let step = 0; step < 40; step++) {
        m = randomEdit(m, next)
        const now = memo.marks(m.roadmap, m.analysis)
        expect(now, `seed ${seed} step ${step}`).toEqual(effortMarks(m.roadmap, m.analysis))
        // changed names exactly the efforts whose marks object is not the one given before
        const ids = new Set([...now.keys(), ...before.keys()])
        expect(new Set(memo.changed), `seed ${seed} step ${step}`).toEqual(new Set([...ids].filter((id) => now.get(id) !== before.get(id))))
        before = new Map(now)
      }
    }
  })
})
