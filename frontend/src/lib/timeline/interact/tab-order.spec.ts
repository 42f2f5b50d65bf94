import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { parseDay } from '../geometry/dates'
import { buildLayout } from '../layout/layout'
import { nextItem } from './tab-order'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))

describe('nextItem', () => {
  it('walks lane by lane in time order', () => {
    expect(nextItem(layout, null, false)?.id).toBe('spring-ads')
    expect(nextItem(layout, 'spring-ads', false)?.id).toBe('retarget')
    expect(nextItem(layout, 'retarget', false)?.id).toBe('pricing-redesign')
    expect(nextItem(layout, 'retarget', true)?.id).toBe('spring-ads')
  })

  it('stops past either end', () => {
    expect(nextItem(layout, 'assistant', false)).toBeNull()
    expect(nextItem(layout, 'spring-ads', true)).toBeNull()
    expect(nextItem(layout, null, true)?.id).toBe('assistant')
  })
})
