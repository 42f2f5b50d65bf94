import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Agenda, EffortRef } from '../api'
import ThisWeek from './ThisWeek.svelte'

const ref = (id: string, title: string): EffortRef => ({ id, title, lane: 'paid', laneName: 'Paid' })

describe('ThisWeek', () => {
  it('names the conflict to map, the integration to make and the debt trend; opens the agenda', async () => {
    const agenda = {
      open: [{ key: 'k', kind: 'surface', efforts: [ref('a', 'Spring ads'), ref('b', 'Pricing redesign')], crossLane: true, days: 3, accepted: false }],
      integration: { efforts: [ref('c', 'AI chat'), ref('d', 'Signup test')], via: ['metric:cr'], score: 0.9 },
      debt: {
        trend: 'falling',
        weeks: [
          { week: '2027-02-01', blockedDays: 7, crossLaneDays: 7 },
          { week: '2027-02-08', blockedDays: 6, crossLaneDays: 0 },
          { week: '2027-02-15', blockedDays: 0, crossLaneDays: 0 },
        ],
      },
    } as unknown as Agenda
    const onopen = vi.fn()
    render(ThisWeek, { agenda, onopen })
    const card = screen.getByRole('region', { name: 'This week' })
    const text = card.textContent?.replace(/\s+/g, ' ')
    expect(text).toContain('Map Spring ads vs Pricing redesign')
    expect(text).toContain('Integrate AI chat + Signup test')
    expect(text).toContain('falling · 6 d last week')
    await fireEvent.click(screen.getByRole('button', { name: 'Agenda' }))
    expect(onopen).toHaveBeenCalledOnce()
  })

  it('says so when there is nothing to map or integrate', () => {
    render(ThisWeek, { agenda: { open: [], debt: { weeks: [], trend: 'flat' } } as unknown as Agenda, onopen: vi.fn() })
    expect(screen.getByText('no open conflict')).toBeInTheDocument()
    expect(screen.getByText('none found')).toBeInTheDocument()
  })
})
