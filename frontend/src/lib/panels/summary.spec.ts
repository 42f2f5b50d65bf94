import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../testing/fixtures'
import { formatDay } from '../timeline/geometry/dates'
import { blockedWords, summarize } from './summary'

describe('summarize', () => {
  it('reads finish, critical count, conflicts, opportunities and blocked days', () => {
    const s = summarize(growthAnalysis())!
    expect(s.finish && formatDay(s.finish)).toBe('2026-10-16')
    expect(s).toMatchObject({
      durationDays: 107,
      critical: 2,
      openConflicts: 2,
      crossLaneConflicts: 2,
      opportunities: 1,
      crossLaneBlockedDays: 0,
    })
  })

  it('counts from the lists when coordination is missing', () => {
    const a = growthAnalysis()
    a.conflicts[1].accepted = true
    ;(a as { coordination: unknown }).coordination = null
    expect(summarize(a)).toMatchObject({ openConflicts: 1, crossLaneConflicts: 1, opportunities: 1, crossLaneBlockedDays: 0 })
  })

  it('has no finish for an empty schedule and no summary without an analysis', () => {
    const a = growthAnalysis()
    a.schedule = []
    expect(summarize(a)!.finish).toBeNull()
    expect(summarize(undefined)).toBeNull()
  })
})

describe('blockedWords', () => {
  const base = { ...summarize(growthAnalysis())!, now: '2026-09-15' }
  it('says days and waits without contradiction', () => {
    expect(blockedWords({ ...base, crossLaneBlockedDays: 3, crossLaneBlockedEvents: 1 })).toEqual({
      value: '3',
      label: 'days blocked by another lane · 1 wait',
    })
    expect(blockedWords({ ...base, crossLaneBlockedDays: 1, crossLaneBlockedEvents: 2 }, true).label).toBe(
      'working day blocked by another lane · 2 waits',
    )
    expect(blockedWords(base)).toEqual({ value: '0', label: 'days blocked by another lane' })
  })

  it('says an open wait with no day yet began today (or when)', () => {
    const open = { ...base, crossLaneBlockedEvents: 1, waitingNow: 1, waitingSince: '2026-09-15' }
    expect(blockedWords(open)).toEqual({ value: '1', label: 'effort blocked by another lane since today' })
    expect(blockedWords({ ...open, waitingNow: 2, waitingSince: '2026-09-12' }).label).toBe(
      'efforts blocked by another lane since Sep 12',
    )
  })
})

describe('summarize with the roadmap', () => {
  it('counts the waits on another lane open now and when the first began', () => {
    const r = growth()
    r.efforts = r.efforts.map((e) => (e.id === 'spring-ads' || e.id === 'retarget' ? { ...e, status: 'blocked' } : e))
    r.events = [
      { effort: 'spring-ads', date: '2026-09-15', status: 'blocked', blockedBy: 'pricing-redesign' },
      { effort: 'retarget', date: '2026-09-01', status: 'blocked', blockedBy: 'spring-ads' },
    ]
    expect(summarize(growthAnalysis(), r, '2030-01-01')).toMatchObject({ waitingNow: 1, waitingSince: '2026-09-15', now: '2026-09-15' })
  })
})
