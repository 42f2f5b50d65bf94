import { describe, expect, it } from 'vitest'
import { growthAnalysis } from '../testing/fixtures'
import { formatDay } from '../timeline/dates'
import { summarize } from './summary'

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
