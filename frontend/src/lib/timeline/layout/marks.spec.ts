import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { formatDay } from '../geometry/dates'
import { effortMarks, viaName } from './marks'

describe('effortMarks', () => {
  const marks = effortMarks(growth(), growthAnalysis())

  it('carries critical, float and slip from the schedule', () => {
    expect(marks.get('onboarding')).toMatchObject({ critical: true, float: 0, slipDays: 0 })
    expect(marks.get('assistant')).toMatchObject({ critical: false, float: 70, slipDays: 3 })
  })

  it('gives each side of a conflict the other effort, what it is on and the window', () => {
    const ads = marks.get('spring-ads')!
    expect(ads.openConflicts).toBe(1)
    expect(ads.conflicts).toHaveLength(1)
    const c = ads.conflicts[0]
    expect(c).toMatchObject({ kind: 'surface', severity: 'disruption', other: 'pricing-redesign', on: 'Pricing page' })
    expect(c.otherTitle).toBe('Pricing page redesign')
    expect([c.from, c.to].map((d) => d && formatDay(d))).toEqual(['2026-07-06', '2026-07-20'])
    expect(marks.get('pricing-redesign')!.conflicts.map((x) => x.other)).toEqual(['spring-ads', 'assistant'])
  })

  it('counts only conflicts that no decision accepted as open', () => {
    const a = growthAnalysis()
    a.conflicts[0].accepted = true
    const m = effortMarks(growth(), a)
    expect(m.get('spring-ads')).toMatchObject({ openConflicts: 0 })
    expect(m.get('spring-ads')!.conflicts[0].accepted).toBe(true)
    expect(m.get('pricing-redesign')!.openConflicts).toBe(1)
  })

  it('lists opportunities on both efforts with readable reasons', () => {
    expect(marks.get('assistant')!.opportunities).toEqual([
      { other: 'onboarding', otherTitle: 'Onboarding revamp', via: ['Signup conversion'], score: 0.8 },
    ])
    expect(marks.get('onboarding')!.opportunities[0].other).toBe('assistant')
  })

  it('is empty without an analysis', () => {
    expect(effortMarks(growth(), undefined).size).toBe(0)
  })
})

describe('viaName', () => {
  const names = { surface: (id: string) => `S(${id})`, metric: (id: string) => `M(${id})` }
  it('names metrics, surfaces and links', () => {
    expect(['metric:cac', 'surface:home', 'link', 'odd'].map((t) => viaName(t, names))).toEqual([
      'M(cac)',
      'S(home)',
      'a declared link',
      'odd',
    ])
  })
})
