import { describe, expect, it } from 'vitest'
import type { Decision, Roadmap } from '../api'
import { describeKey, killDecisions } from './not-doing'

const d = (id: string, kind: string, efforts: string[], supersedes = ''): Decision => ({ id, kind, efforts, supersedes, date: '2027-01-01', title: id })

describe('not doing', () => {
  it('finds the kill in force for each effort', () => {
    const m = killDecisions([d('k1', 'kill', ['a']), d('r1', 'revive', ['a'], 'k1'), d('k2', 'kill', ['a']), d('k3', 'kill', ['b']), d('x', 'other', ['c'])])
    expect(m.get('a')?.id).toBe('k2')
    expect(m.get('b')?.id).toBe('k3')
    expect(m.has('c')).toBe(false)
  })

  it('says a removed conflict from the killed effort’s side', () => {
    const roadmap = {
      efforts: [{ id: 'page', title: 'Pricing redesign' }],
      surfaces: [{ id: 'pricing-page', name: 'Pricing page' }],
      metrics: [],
    } as unknown as Roadmap
    expect(describeKey('surface:pricing-page:ads+page', 'ads', roadmap)).toBe('Shared surface with Pricing redesign on Pricing page')
    expect(describeKey('declared::ads+zed', 'zed', roadmap)).toBe('Declared conflict with ads')
  })
})
