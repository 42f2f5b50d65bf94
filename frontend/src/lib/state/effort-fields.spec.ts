import { describe, expect, it } from 'vitest'
import { effort } from '../testing/fixtures'
import { findByName, setDuration, setEnd, setStart, setText, withMove, withoutMove, withoutTouch, withTouch } from './effort-fields'

describe('effort fields', () => {
  const e = effort('a', 'l', { title: 'A', start: '2026-07-01', end: '2026-07-10', owner: 'Dana' })

  it('sets and clears text fields', () => {
    expect(setText(e, 'title', '  Better A ').title).toBe('Better A')
    expect(setText(e, 'owner', '  ').owner).toBeUndefined()
    expect(setText(e, 'notes', 'line\n').notes).toBe('line\n')
  })

  it('keeps end and duration exclusive', () => {
    const d = setDuration(e, '5')
    expect(d).toMatchObject({ durationDays: 5, end: undefined })
    expect(setEnd(d, '2026-07-20')).toMatchObject({ end: '2026-07-20', durationDays: undefined })
    expect(setDuration(e, '-1')).toBe(e)
    expect(setDuration(e, '2.5')).toBe(e)
    expect(setDuration(e, '').durationDays).toBeUndefined()
    expect(setStart(e, '').start).toBeUndefined()
    expect(setEnd(e, '').end).toBeUndefined()
  })

  it('adds, changes and removes touches, keeping their order', () => {
    const t1 = withTouch(e, 'pricing', 'relies')
    const t2 = withTouch(t1, 'signup', 'changes')
    expect(t2.touches).toEqual([
      { surface: 'pricing', mode: 'relies' },
      { surface: 'signup', mode: 'changes' },
    ])
    expect(withTouch(t2, 'pricing', 'changes').touches?.[0]).toEqual({ surface: 'pricing', mode: 'changes' })
    expect(withoutTouch(t2, 'pricing').touches).toEqual([{ surface: 'signup', mode: 'changes' }])
  })

  it('adds, changes and removes moves', () => {
    const m = withMove(withMove(e, 'cac', 'down'), 'signups', 'up')
    expect(withMove(m, 'cac', 'up').moves).toEqual([
      { metric: 'cac', direction: 'up' },
      { metric: 'signups', direction: 'up' },
    ])
    expect(withoutMove(m, 'cac').moves).toEqual([{ metric: 'signups', direction: 'up' }])
  })

  it('finds surfaces and metrics by id or name', () => {
    const list = [{ id: 'pricing-page', name: 'Pricing page' }]
    expect(findByName(list, ' pricing PAGE ')?.id).toBe('pricing-page')
    expect(findByName(list, 'pricing-page')?.id).toBe('pricing-page')
    expect(findByName(list, 'Home')).toBeUndefined()
  })
})
