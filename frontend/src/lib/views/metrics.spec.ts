import { describe, expect, it } from 'vitest'
import type { MetricUse } from '../api'
import { growth } from '../testing/fixtures'
import { metricCards, MOVERS_SHOWN } from './metrics'

const uses: MetricUse[] = [
  {
    metric: 'solo',
    lanes: ['paid'],
    movers: [{ effort: 'spring-ads', lane: 'paid', direction: 'up', start: '2026-07-06', end: '2026-07-31', opposed: false, joined: false }],
    shared: false,
    opposed: false,
    joint: false,
  },
  {
    metric: 'signup-cr',
    lanes: ['product', 'ai'],
    movers: [
      { effort: 'assistant', lane: 'ai', direction: 'up', start: '2026-07-01', end: '2026-07-10', opposed: false, joined: true },
      { effort: 'onboarding', lane: 'product', direction: 'down', start: '2026-07-06', end: '2026-07-06', opposed: true, joined: true },
    ],
    shared: true,
    opposed: true,
    joint: true,
  },
]

describe('metricCards', () => {
  const cards = metricCards(growth(), uses, '2026-07-01', '2026-07-20')

  it('puts shared metrics first, with lanes, movers and flags', () => {
    expect(cards.map((c) => c.id)).toEqual(['signup-cr', 'solo'])
    const c = cards[0]
    expect(c).toMatchObject({ name: 'Signup conversion', unit: '%', shared: true, opposed: true, joint: true, direction: 'both' })
    expect(c.lanes.map((l) => [l.name, l.movers.map((m) => m.effort.title)])).toEqual([
      ['Product', ['Onboarding revamp']],
      ['AI tools', ['Sales assistant']],
    ])
    expect(c.efforts).toEqual(['assistant', 'onboarding'])
  })

  it('places each window on the span and writes it short', () => {
    const [assistant] = cards[0].lanes[1].movers
    expect(assistant).toMatchObject({ up: true, window: 'Jul 1 – Jul 10', x0: 0, x1: 0.5, opposed: false })
    const [onboarding] = cards[0].lanes[0].movers
    expect(onboarding).toMatchObject({ up: false, window: 'Jul 6', x0: 0.25, x1: 0.3, opposed: true })
    expect(cards[1].direction).toBe('up')
  })

  it('draws at most MOVERS_SHOWN movers a lane and counts the rest', () => {
    const many: MetricUse = {
      ...uses[0],
      movers: Array.from({ length: MOVERS_SHOWN + 3 }, (_, i) => ({ ...uses[0].movers[0], effort: `e${i}` })),
    }
    const [c] = metricCards(growth(), [many], '2026-07-01', '2026-07-20')
    expect(c.lanes[0].movers).toHaveLength(MOVERS_SHOWN)
    expect(c.lanes[0].more).toBe(3)
    expect(c.efforts).toHaveLength(MOVERS_SHOWN + 3)
  })
})
