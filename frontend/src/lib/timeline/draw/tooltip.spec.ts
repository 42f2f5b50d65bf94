import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { parseDay } from '../geometry/dates'
import { buildLayout } from '../layout/layout'
import { itemTooltip } from './tooltip'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))
const item = (id: string) => layout.lanes.flatMap((l) => l.items).find((i) => i.id === id)!

describe('itemTooltip', () => {
  it('says dates, status, owner and the critical path', () => {
    expect(itemTooltip(item('onboarding')).split('\n')).toEqual([
      'Onboarding revamp',
      'Aug 1 – Oct 15, 2026 · 76 days',
      'Paused',
      'On the critical path',
      '✦ Opportunity: integrate with Sales assistant (Signup conversion)',
    ])
  })

  it('lists slip, conflicts and float', () => {
    const lines = itemTooltip(item('assistant')).split('\n')
    expect(lines).toContain('70 days of float')
    expect(lines).toContain('Slips 3 days (planned to start Jul 20, 2026)')
    expect(lines).toContain('⚠ Broken sequence with Pricing page redesign, Jul 20 – Jul 22')
  })

  it('marks accepted conflicts apart from open ones', () => {
    const a = growthAnalysis()
    a.conflicts[0].accepted = true
    const l = buildLayout(growth(), a, parseDay('2026-08-10')!, ownRows(growth()))
    const ads = l.lanes[0].items.find((i) => i.id === 'spring-ads')!
    expect(itemTooltip(ads)).toContain('✓ Surface conflict (disruption) on Pricing page with Pricing page redesign')
  })

  it('describes milestones by their day', () => {
    expect(itemTooltip(item('launch')).split('\n').slice(0, 2)).toEqual(['Public launch', 'Milestone · Oct 16, 2026'])
  })

  it('says who blocks a blocked effort right under its status', () => {
    const lines = itemTooltip(item('onboarding'), 'Blocked by Sales assistant (AI tools) since Sep 10').split('\n')
    expect(lines.slice(2, 4)).toEqual(['Paused', 'Blocked by Sales assistant (AI tools) since Sep 10'])
  })
})
