import { describe, expect, it } from 'vitest'
import { effort, growth, growthAnalysis, roadmap } from '../testing/fixtures'
import type { Analysis } from '../api'
import { flywheelRows, gapWords, opportunityRows } from './opportunities'

describe('opportunityRows', () => {
  it('says why, how far apart and how strong, best first', () => {
    const rows = opportunityRows(growth(), growthAnalysis())
    expect(rows).toEqual([
      {
        a: { id: 'assistant', title: 'Sales assistant', lane: 'ai', laneName: 'AI tools', color: '#8a56d6' },
        b: { id: 'onboarding', title: 'Onboarding revamp', lane: 'product', laneName: 'Product', color: expect.any(String) },
        score: 0.8,
        why: ['Both move Signup conversion up'],
        gap: 0,
      },
    ])
  })

  it('names who hands a surface to whom, and a declared link', () => {
    const r = roadmap({
      lanes: [
        { id: 'c', name: 'Content' },
        { id: 'p', name: 'Paid' },
      ],
      surfaces: [{ id: 'page', name: 'Pricing page' }],
      efforts: [
        effort('ads', 'p', { title: 'Ads', touches: [{ surface: 'page', mode: 'relies' }] }),
        effort('redo', 'c', { title: 'Redesign', touches: [{ surface: 'page', mode: 'changes' }] }),
      ],
    })
    const a = {
      ...growthAnalysis(),
      schedule: [
        { id: 'ads', lane: 'p', start: '', end: '', es: 30, ef: 40, ls: 0, lf: 0, float: 0, slipDays: 0, critical: false },
        { id: 'redo', lane: 'c', start: '', end: '', es: 0, ef: 18, ls: 0, lf: 0, float: 0, slipDays: 0, critical: false },
      ],
      opportunities: [{ efforts: ['ads', 'redo'], lanes: ['p', 'c'], via: ['link', 'surface:page'], score: 0.9 }],
    } as Analysis
    const [row] = opportunityRows(r, a)
    expect(row.why).toEqual(['Declared as reinforcing each other', 'Pricing page: Redesign changes it before Ads relies on it'])
    expect(row.gap).toBe(12)
    expect(gapWords(row.gap, true)).toBe('12 working days apart')
    expect(gapWords(0, false)).toBe('at the same time')
    expect(opportunityRows(r, null)).toEqual([])
    expect(opportunityRows(r, { ...a, opportunities: [a.opportunities[0], a.opportunities[0]] }, 1)).toHaveLength(1)
  })
})

describe('flywheelRows', () => {
  it('lists the loop, its lanes and each signal among its members once', () => {
    const a = {
      ...growthAnalysis(),
      flywheels: [['assistant', 'onboarding', 'spring-ads']],
      reinforcing: [
        { efforts: ['assistant', 'onboarding'], via: ['metric:signup-cr'], linked: false, score: 0.8 },
        { efforts: ['assistant', 'spring-ads'], via: ['metric:signup-cr'], linked: false, score: 0.8 },
        { efforts: ['onboarding', 'spring-ads'], via: ['link', 'metric:signup-cr'], linked: true, score: 0.96 },
        { efforts: ['retarget', 'seo-hub'], via: ['link'], linked: true, score: 0.8 },
      ],
    } as Analysis
    const [w] = flywheelRows(growth(), a)
    expect(w.efforts.map((e) => e.title)).toEqual(['Sales assistant', 'Onboarding revamp', 'Spring ads'])
    expect(w.lanes).toEqual(['AI tools', 'Product', 'Paid'])
    expect(w.why).toEqual(['Both move Signup conversion up', 'Declared as reinforcing each other'])
  })
})
