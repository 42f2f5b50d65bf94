import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Measures } from '../api'
import { tick } from 'svelte'
import { DockState } from '../state/dock.svelte'
import { FindState } from '../state/find.svelte'
import { openGrowth } from '../testing/open-roadmap'
import CoordinationDebt from './CoordinationDebt.svelte'
import SharedMetrics from './SharedMetrics.svelte'

const report: Measures = {
  from: '2026-07-01',
  asOf: '2026-09-15',
  debt: {
    lanes: [
      { lane: 'paid', workingDays: 40, blockedEvents: 1, blockedDays: 10, crossLaneBlockedEvents: 1, crossLaneBlockedDays: 10, impact: 0.25 },
      { lane: 'content', workingDays: 20, blockedEvents: 0, blockedDays: 0, crossLaneBlockedEvents: 0, crossLaneBlockedDays: 0, impact: 0 },
    ],
    waits: [{ waiter: 'paid', blocker: 'content', events: 1, days: 10 }],
    weeks: [
      { start: '2026-06-29', days: 0, crossLaneDays: 0, waits: 0, past: true },
      { start: '2026-09-07', days: 5, crossLaneDays: 5, waits: 1, past: true },
      { start: '2026-09-14', days: 0, crossLaneDays: 0, waits: 0, past: false },
    ],
    mostWaited: [{ effort: 'retarget', lane: 'paid', events: 1, days: 10, crossLaneDays: 10, blockers: ['seo-hub'] }],
    open: [{ effort: 'retarget', lane: 'paid', blockedBy: 'seo-hub', blockerLane: 'content', since: '2026-09-15', days: 0 }],
  },
  trust: [{ from: 'content', to: 'paid', onTime: 4, late: 2, pending: 0, missed: [] }],
  metrics: [],
}

describe('CoordinationDebt', () => {
  it('shows the matrix, the impact, the trend, who waited, who waits now and the ledger', async () => {
    const roadmaps = await openGrowth()
    const dock = new DockState()
    const backend = { CoordinationReport: vi.fn(async () => report) }
    const { container } = render(CoordinationDebt, { roadmaps, dock, backend })
    expect(await screen.findByText('Who waits on whom')).toBeInTheDocument()
    expect(backend.CoordinationReport).toHaveBeenCalledWith('r1')
    expect(container.querySelector('[data-cell="paid>content"]')).toHaveTextContent('1× 10d')
    expect(container.querySelector('[data-lane="paid"]')).toHaveTextContent('25% 10 of 40')
    expect(container.querySelectorAll('g[data-week]:not(.future)')).toHaveLength(2)
    expect(container.querySelector('[data-open="retarget"]')).toHaveTextContent('by SEO hub (Content) since today')
    expect(screen.getByText('Content delivered 4 of 6 handoffs to Paid on time.')).toBeInTheDocument()
    await fireEvent.pointerEnter(container.querySelector('[data-effort="retarget"]')!)
    expect(dock.focus).toEqual(['retarget', 'seo-hub'])
  })
})

describe('CoordinationDebt with a find', () => {
  it('lists only the waits that name a matching effort', async () => {
    const roadmaps = await openGrowth()
    const find = new FindState()
    find.show()
    find.setQuery('spring')
    const backend = { CoordinationReport: vi.fn(async () => report) }
    const { container } = render(CoordinationDebt, { roadmaps, dock: new DockState(), find, backend })
    expect(await screen.findByText('Who waits on whom')).toBeInTheDocument()
    expect(container.querySelector('[data-open="retarget"]')).toBeNull()
    expect(container.querySelector('[data-effort="retarget"]')).toBeNull()
    find.setQuery('seo')
    await tick()
    expect(container.querySelector('[data-open="retarget"]')).not.toBeNull()
  })
})

describe('SharedMetrics', () => {
  it('shows each shared metric lane by lane and flags opposite moves', async () => {
    const roadmaps = await openGrowth()
    const withMetrics: Measures = {
      ...report,
      metrics: [
        {
          metric: 'signup-cr',
          lanes: ['product', 'ai'],
          movers: [
            { effort: 'assistant', lane: 'ai', direction: 'up', start: '2026-07-23', end: '2026-08-12', opposed: true, joined: false },
            { effort: 'onboarding', lane: 'product', direction: 'down', start: '2026-08-01', end: '2026-10-15', opposed: true, joined: false },
          ],
          shared: true,
          opposed: true,
          joint: false,
        },
      ],
    }
    const dock = new DockState()
    const { container } = render(SharedMetrics, { roadmaps, dock, backend: { CoordinationReport: async () => withMetrics } })
    expect(await screen.findByText('Opposite moves')).toBeInTheDocument()
    const card = container.querySelector('[data-metric="signup-cr"]')!
    expect(card).toHaveTextContent('Signup conversion')
    expect(card).toHaveTextContent('↑ Sales assistant Jul 23 – Aug 12')
    expect(card).toHaveTextContent('↓ Onboarding revamp Aug 1 – Oct 15')
    await fireEvent.pointerEnter(card)
    expect(dock.focus).toEqual(['assistant', 'onboarding'])
  })
})
