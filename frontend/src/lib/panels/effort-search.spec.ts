import { describe, expect, it } from 'vitest'
import { growth } from '../testing/fixtures'
import { searchEfforts } from './effort-search'

const efforts = growth().efforts

describe('searchEfforts', () => {
  it('finds by words in any order, prefix matches first', () => {
    expect(searchEfforts(efforts, 'page pricing', new Set()).map((e) => e.id)).toEqual(['pricing-redesign'])
    expect(searchEfforts(efforts, 'ad', new Set()).map((e) => e.title)).toEqual(['Spring ads'])
    expect(searchEfforts(efforts, 're', new Set()).map((e) => e.title)).toEqual([
      'Retargeting',
      'Onboarding revamp',
      'Pricing page redesign',
    ])
  })

  it('leaves out excluded efforts and caps the list', () => {
    expect(searchEfforts(efforts, '', new Set(['spring-ads']), 3).map((e) => e.id)).toHaveLength(3)
    expect(searchEfforts(efforts, 'spring', new Set(['spring-ads']))).toEqual([])
  })
})
